import AssayCore
import Dispatch
import Foundation

/// Reads a Parquet file's columns into Assay's columns: the fields asked for only, the column
/// chunks of several row groups decoded at once on every core.
struct ParquetReader: Sendable {
  /// The file's bytes.
  let bytes: any ParquetBytes
  /// Its footer.
  let footer: ParquetFooter
  /// The columns read, in the file's order.
  let plans: [ColumnPlan]

  /// A reader of `bytes` for the fields named in `columns` (nil: every field); a name the file
  /// lacks is an error that lists what it has.
  init(bytes: any ParquetBytes, footer: ParquetFooter, columns: [String]?, name: String) throws {
    self.bytes = bytes
    self.footer = footer
    let fields = footer.schema.fields
    if let columns {
      let names = Set(fields.map(\.name))
      if let missing = columns.first(where: { !names.contains($0) }) {
        throw AssayError(
          message: "\(name): no column '\(missing)'",
          hint: "its columns: \(fields.map(\.name).joined(separator: ", "))")
      }
    }
    let wanted = columns.map(Set.init)
    plans = try fields.filter { wanted?.contains($0.name) ?? true }.map {
      try ColumnPlan(field: $0, rowGroups: footer.metadata.rowGroups)
    }
  }

  /// The row groups' row counts.
  var rowGroupRows: [Int] { footer.metadata.rowGroups.map { Int($0.rowCount) } }

  /// An empty table with the columns' names, types and decimal places.
  func emptyTable(name: String) -> Table {
    Table(
      name: name,
      columns: plans.map {
        Column(name: $0.name, type: $0.type, chunks: [$0.emptyChunk], decimalPlaces: $0.decimalPlaces)
      })
  }

  /// Bytes of each row group's chunks of the planned columns, as stored.
  var rowGroupBytes: [Int] {
    footer.metadata.rowGroups.map { group in
      plans.reduce(0) { sum, plan in
        plan.field.leaves.reduce(sum) { $0 + Int(group.columns[$1].compressedSize) }
      }
    }
  }

  /// One column's chunk of one row group.
  func chunk(group: Int, plan: ColumnPlan) throws -> ColumnChunk {
    let rowGroup = footer.metadata.rowGroups[group]
    let rows = Int(rowGroup.rowCount)
    if rows == 0 { return plan.emptyChunk }
    let leaves = try plan.field.leaves.map { leaf in
      let chunk = rowGroup.columns[leaf]
      let pages = ChunkPages(leaf: footer.schema.leaves[leaf], chunk: chunk, expectedEntries: rows)
      return try bytes.withBytes(offset: Int(chunk.start), count: Int(chunk.compressedSize)) {
        try pages.read($0)
      }
    }
    if plan.kind != nil { return try FlatConversion(plan: plan).chunk(leaves[0], rows: rows) }
    var assembly = try NestedAssembly(field: plan.field, leaves: leaves)
    let texts = try assembly.rows(plan.field, count: rows)
    var validity = ValidityBitmap(count: rows, allValid: true)
    for (row, text) in texts.enumerated() where text == nil { validity.set(row, valid: false) }
    return ColumnChunk(
      values: .string(FlatConversion.packed(texts.map { $0 ?? "" })),
      validity: validity.nullCount > 0 ? validity : nil)
  }
}

/// Results of parallel work, one slot each, filled from many threads while another waits for
/// them in order.
final class ResultSlots<T>: @unchecked Sendable {  // every slot is written once, under `condition`
  private let condition = NSCondition()
  private var slots: [Result<T, Error>?]

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ result: Result<T, Error>) {
    condition.withLock {
      slots[index] = result
      condition.broadcast()
    }
  }

  /// The values of slots `range`, waiting until they are filled; the first failure among them.
  func values(_ range: Range<Int>) throws -> [T] {
    let filled = condition.withLock {
      while slots[range].contains(where: { $0 == nil }) { condition.wait() }
      return Array(slots[range])
    }
    return try filled.map { try $0.unsafelyUnwrapped.get() }
  }
}
