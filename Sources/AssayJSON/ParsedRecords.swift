import AssayCSV
import AssayCore

/// How the records of an input are laid out.
enum RecordLayout: Sendable {
  /// One object per line (JSON Lines).
  case lines
  /// The objects of a document's top-level array; a chunk starts where an element is due.
  case arrayElements
  /// A document's top-level object whose members are arrays: each array a column, each element a row.
  case columns
  /// A document's top-level object as the one row.
  case single
}

/// Bytes to parse and how. Holds a raw pointer: the memory stays mapped and unchanged while any
/// parse of it runs, and parsers only read it, so sharing it between threads is safe.
struct RecordInput: @unchecked Sendable {
  /// The first byte of the input.
  let base: UnsafePointer<UInt8>
  /// Bytes from `base`.
  let limit: Int
  /// How the records are laid out.
  let layout: RecordLayout
  /// The only columns to keep, by dotted name; nil keeps every column.
  let wanted: Set<String>?
}

/// The rows of one chunk of records, as typed column chunks.
struct ParsedRecords: Sendable {
  /// The kept columns' dotted names, in the order they first appear.
  var names: [String]
  /// One finished chunk per kept column.
  var columns: [ColumnChunk]
  /// The kind of each column's values in this chunk.
  var kinds: [FieldKind]
  /// Names met but left out by the projection, in the order they first appear.
  var skipped: [String]
  /// Rows parsed.
  var rows: Int
  /// Byte offset of the first record.
  var start: Int
  /// Byte offset just past the last record and what ends it (a line break, a comma).
  var end: Int
  /// Line breaks consumed.
  var lines: Int
  /// True when the chunk ends with the closing bracket of a document's top-level array.
  var closesArray = false
  /// The chunk's own bytes, kept by a streamed load when some column holds timestamps, whose text
  /// cannot be written again from their values; nil otherwise.
  var retainedText: [UInt8]? = nil

  /// True when some column holds timestamps.
  var hasTimestamps: Bool { kinds.contains { $0.shape == .timestamp } }
}

/// Why a parse of a document's top-level object as columns stopped: a member is not an array.
struct NotColumns: Error {}
