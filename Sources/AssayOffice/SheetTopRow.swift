/// Where a sheet's data starts, found by reading its cells' types alone (no shared string is
/// looked up): its first row that holds a value, and whether that row names the columns as
/// `SheetTable` decides it (any cell of it is text: a shared or inline string, or a formula's text).
enum SheetTopRow: Equatable {
  /// No cell holds a value.
  case empty
  /// The first row with a value (from 1), and whether it names the columns.
  case row(Int, namesColumns: Bool)

  /// The start of the `<sheetData>` after the cursor; nil when the part (or the bytes read of it)
  /// ends before its first row with a value does.
  static func find(_ cursor: XMLCursor) -> SheetTopRow? {
    var (row, found, textual, inValue) = (0, false, false, false)
    var kind = CellKind.other
    while let node = try? cursor.next() {
      switch node {
      case .start:
        if cursor.isNamed("row") {
          row = number(cursor) ?? row + 1
        } else if cursor.isNamed("c") {
          kind = CellKind(cursor)
        } else if cursor.isNamed("v") || cursor.isNamed("t") {
          inValue = kind != .error
        }
      case .text:
        guard inValue, !cursor.text.allSatisfy(\.isWhitespace) else { continue }
        found = true
        textual = textual || kind == .text
      case .end:
        if cursor.isNamed("v") || cursor.isNamed("t") { inValue = false }
        if cursor.isNamed("row"), found { return .row(row, namesColumns: textual) }
        if cursor.isNamed("sheetData") { return .empty }
      }
    }
    return nil
  }

  /// The `r` of the `<row>` at the cursor, when it writes one.
  private static func number(_ cursor: XMLCursor) -> Int? {
    var number: Int?
    cursor.forEachAttribute { name, value in
      if cStringIs(name, "r") { number = Int(String(cString: value)) }
    }
    return number
  }

  /// What a cell's type (`t`) makes its value: text (`s`, `inlineStr`, `str`), an error (`e`,
  /// read as empty), or another kind.
  private enum CellKind {
    case text, error, other

    /// The kind of the `<c>` at the cursor.
    init(_ cursor: XMLCursor) {
      var kind = CellKind.other
      cursor.forEachAttribute { name, value in
        guard cStringIs(name, "t") else { return }
        if cStringIs(value, "s") || cStringIs(value, "inlineStr") || cStringIs(value, "str") { kind = .text }
        if cStringIs(value, "e") { kind = .error }
      }
      self = kind
    }
  }
}
