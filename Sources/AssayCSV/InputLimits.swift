import AssayCore
import Foundation

/// The sizes past which an input is refused rather than read, so that memory stays bounded by
/// the table instead of by whatever a file holds between two line breaks.
///
/// - A row may span at most `rowBytes` (512 MiB): a streamed input (stdin, a pipe, gzip) must hold
///   a whole row in memory before it can parse it, and a row that long is nearly always a quote
///   that was never closed. It also keeps a chunk's text well inside the 32-bit offsets its string
///   storage uses.
/// - The first row may span at most `firstRowBytes` (64 MiB): it is split several times to sniff
///   the delimiter, the header and the types, and a header that long is not a header.
enum InputLimits {
  /// Bytes one row may span, line breaks inside quotes included.
  static let rowBytes = 512 << 20
  /// Bytes the first row may span.
  static let firstRowBytes = 64 << 20

  /// The failure for a row that passes `rowBytes`, starting at `offset` on the chunk's line `line`.
  static func rowTooLong(line: Int, offset: Int) -> ChunkFailure {
    ChunkFailure(
      lineInChunk: line, field: 1, byteOffset: offset,
      message: "the row starting here runs past \(rowBytes >> 20) MiB",
      hint: "look for a quote that is never closed; Assay reads rows of up to \(rowBytes >> 20) MiB")
  }

  /// True when the `count` bytes at `base` hold no line break within `firstRowBytes`, so the first
  /// row cannot end in time (a quick look, before the rows are split).
  static func lacksFirstLineBreak(_ base: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    let span = min(count, firstRowBytes + 1)
    return span > firstRowBytes && memchr(base, 0x0A, span) == nil && memchr(base, 0x0D, span) == nil
  }

  /// The error for a first row that passes `firstRowBytes`.
  static func firstRowTooLong(name: String) -> AssayError {
    AssayError(
      message: "\(name): the first row runs past \(firstRowBytes >> 20) MiB without a line break",
      hint: "is it a CSV or TSV file? Assay reads column names and types from the first rows")
  }
}
