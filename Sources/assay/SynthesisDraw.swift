import AssayCore
import AssaySynth
import Foundation

/// Rows drawn from a synthesis model and written. When the destination takes rows as they come
/// (`TableDestination.streamedFormat`) and they need not be kept for the report, they are drawn and
/// written a batch at a time, so that any number runs in a batch's memory and the first rows come
/// at once; otherwise they are drawn whole, once they are known to fit in the machine's memory.
struct SynthesisDraw {
  /// About how many bytes the report takes for each synthetic cell (its keys, features and ranks).
  static let reportBytesPerCell = 64

  let model: SynthesisModel
  let rows: Int
  let seed: UInt64
  /// True when the rows are kept once written, for the report.
  let keepsRows: Bool

  /// Draws and writes the rows; returns them when kept, and how many of them copy a real row.
  func write(to destination: TableDestination) throws -> (table: Table?, copies: Int) {
    if !keepsRows, destination.streamedFormat != nil {
      let copies = try destination.writeBatches(of: model.sample(rows: 0, seed: seed)) { write in
        try model.sample(rows: rows, seed: seed, write)
      }
      return (nil, copies)
    }
    try checkMemory()
    let drawn = model.sampleCountingCopies(rows: rows, seed: seed)
    try destination.write(drawn.table)
    return (keepsRows ? drawn.table : nil, drawn.copies)
  }

  /// Throws when the rows, held whole (and compared, for the report), would need more than the
  /// machine's memory.
  private func checkMemory() throws {
    let perRow = model.bytesPerRow + (keepsRows ? Self.reportBytesPerCell * model.columns.count : 0)
    let needed = Double(rows) * Double(perRow)
    let memory = Double(ProcessInfo.processInfo.physicalMemory)
    guard needed > memory else { return }
    throw AssayError(
      message:
        "-n \(NumberFormatting.grouped(rows)): the rows would take about \(NumberFormatting.bytes(Int(Swift.min(needed, 0x1p62)))) of memory, more than this machine's \(NumberFormatting.bytes(Int(memory)))",
      hint: keepsRows
        ? "generate fewer rows to report on"
        : "write them to standard output or a .csv, .tsv or .jsonl file, which take rows a batch at a time, or generate fewer"
    )
  }
}
