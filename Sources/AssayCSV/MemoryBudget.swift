import AssayCore
import Foundation

/// The memory a table read from a stream (stdin, a pipe, a gzip file) may take before its load
/// stops with an error, instead of the system running out of memory: an endless producer
/// (`yes 1,2 | assay`) or a gzip bomb is stopped where its table would no longer fit.
/// `ASSAY_MEMORY_LIMIT` (bytes, or with a K, M or G suffix) sets it; by default it is three
/// quarters of the memory available when the load starts. A file read from disk needs no budget:
/// its size is known and its table is bounded by it.
package enum MemoryBudget {
  /// The budget in bytes.
  package static func limit() -> Int {
    if let text = ProcessInfo.processInfo.environment["ASSAY_MEMORY_LIMIT"], let bytes = parse(text) {
      return bytes
    }
    return available().map { $0 / 4 * 3 } ?? Int.max
  }

  /// Bytes in `text`: a count, or one with a K, M or G suffix (powers of 1024).
  static func parse(_ text: String) -> Int? {
    let units: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
    guard let last = text.uppercased().last else { return nil }
    let scale = units[last] ?? 1
    return Int(scale == 1 ? text : String(text.dropLast())).map { $0 * scale }
  }

  /// `MemAvailable` from `/proc/meminfo`, in bytes.
  private static func available() -> Int? {
    guard let info = try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8) else { return nil }
    let line = info.split(separator: "\n").first { $0.hasPrefix("MemAvailable:") }
    return line?.split(separator: " ").dropFirst().first.flatMap { Int($0) }.map { $0 << 10 }
  }

  /// Bytes a parsed chunk's columns (and any text it keeps) take.
  static func bytes(of chunk: ParsedChunk) -> Int {
    (chunk.retainedText?.count ?? 0) + bytes(of: chunk.columns)
  }

  /// Bytes the column chunks take.
  package static func bytes(of columns: [ColumnChunk]) -> Int {
    columns.reduce(0) { total, column in
      var bytes = column.count / 8
      if case .string(let storage) = column.values {
        switch storage {
        case .packed(let text, let offsets): bytes += text.count + 4 * offsets.count
        case .dictionary(let codes, _): bytes += 4 * codes.count
        }
      } else {
        bytes += 8 * column.count
      }
      return total + bytes
    }
  }

  /// The error for a table that passed `limit` bytes after `rows` rows.
  package static func exceeded(name: String, limit: Int, rows: Int) -> AssayError {
    AssayError(
      message:
        "\(name): the table passed the memory limit of \(limit >> 20) MiB after \(NumberFormatting.grouped(rows)) rows",
      hint:
        "read a part of it (head -n), or set ASSAY_MEMORY_LIMIT (now 3/4 of the available memory unless set)")
  }
}
