import AssayCore

/// Which fields of each row become columns: all of them, or the ones a person named. A skipped
/// field is only stepped over (quote-aware); nothing of it is typed, parsed or kept.
struct FieldProjection: Sendable, Equatable {
  /// Fields per row in the source.
  let fieldCount: Int
  /// The source field behind each kept column, ascending.
  let keptFields: [Int]
  /// Per source field: its kept column, or -1 when it is skipped.
  let slots: [Int32]

  /// Every field kept.
  init(all fieldCount: Int) {
    self.init(fieldCount: fieldCount, keptFields: Array(0..<fieldCount))
  }

  /// The given fields kept (ascending, each within `fieldCount`).
  init(fieldCount: Int, keptFields: [Int]) {
    self.fieldCount = fieldCount
    self.keptFields = keptFields
    var slots = [Int32](repeating: -1, count: fieldCount)
    for (slot, field) in keptFields.enumerated() { slots[field] = Int32(slot) }
    self.slots = slots
  }

  /// The fields of the named columns among `columnNames`, in the source's order, or every field
  /// when `names` is nil. A name not there is an `AssayError` that lists the names there are.
  init(keeping names: [String]?, of columnNames: [String], source: String) throws {
    guard let names else {
      self.init(all: columnNames.count)
      return
    }
    var wanted = Set<Int>()
    for name in names {
      guard let field = columnNames.firstIndex(of: name) else {
        throw AssayError(
          message: "\(source): no column named '\(SafeText.visible(name))'",
          hint: "columns are: " + columnNames.map { SafeText.visible($0) }.joined(separator: ", "))
      }
      wanted.insert(field)
    }
    self.init(fieldCount: columnNames.count, keptFields: wanted.sorted())
  }

  /// Number of kept columns.
  var keptCount: Int { keptFields.count }

  /// The kept entries of a per-field list.
  func kept<Element>(_ perField: [Element]) -> [Element] { keptFields.map { perField[$0] } }
}
