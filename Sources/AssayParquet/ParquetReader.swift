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

  /// An empty table with the columns' names and types.
  func emptyTable(name: String) -> Table {
    Table(name: name, columns: plans.map { Column(name: $0.name, type: $0.type, chunks: [$0.emptyChunk]) })
  }

  /// Decodes every planned column of each row group `pieces` names (of one file or several), in
  /// parallel; `stopped` is asked between pieces of work and ends the read with `CancellationError`.
  static func read(_ pieces: [(reader: ParquetReader, group: Int)], stopped: @Sendable () -> Bool) throws
    -> [[ColumnChunk]]
  {
    let tasks = pieces.indices.flatMap { p in pieces[p].reader.plans.indices.map { (p, $0) } }
    let results = ResultSlots<ColumnChunk>(count: tasks.count)
    DispatchQueue.concurrentPerform(iterations: tasks.count) { t in
      guard !stopped() else { return results.fail(t, CancellationError()) }
      let (p, column) = tasks[t]
      let (reader, group) = pieces[p]
      do { results.set(t, try reader.chunk(group: group, plan: reader.plans[column])) } catch {
        results.fail(t, error)
      }
    }
    var chunks = try results.values()[...]
    return pieces.map { piece in
      defer { chunks = chunks.dropFirst(piece.reader.plans.count) }
      return Array(chunks.prefix(piece.reader.plans.count))
    }
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

/// Results of parallel work, one slot each, filled from many threads.
final class ResultSlots<T>: @unchecked Sendable {  // every slot is written once, under `lock`
  private let lock = NSLock()
  private var slots: [Result<T, Error>?]

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ value: T) { lock.withLock { slots[index] = .success(value) } }

  func fail(_ index: Int, _ error: Error) { lock.withLock { slots[index] = .failure(error) } }

  /// Every value in order; the first failure (a cancellation only when nothing else failed).
  func values() throws -> [T] {
    let all = lock.withLock { slots }
    if let failure = all.lazy.compactMap({ slot -> Error? in
      if case .failure(let error)? = slot, !(error is CancellationError) { return error }
      return nil
    }).first {
      throw failure
    }
    return try all.map { slot in
      guard let slot else { throw CancellationError() }
      return try slot.get()
    }
  }
}
