import AssayCore
import Foundation

/// A problem found in JSON text, at a byte offset of the input.
struct JSONFailure: Error, Sendable {
  /// Byte offset of the problem.
  var offset: Int
  /// What is wrong.
  var message: String
  /// What to do about it.
  var hint: String

  /// The failure as an error naming `name`, the line and the column (in characters) of the
  /// offset: `lineStart` is the offset of a line start at or before it, and `line` its number.
  func error(name: String, in base: UnsafePointer<UInt8>, lineStart: Int, line: Int) -> AssayError {
    var line = line
    var start = lineStart
    while start < offset, let found = memchr(base + start, 0x0A, offset - start) {
      start = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
      line += 1
    }
    var column = 1
    for index in start..<max(start, offset) where base[index] & 0xC0 != 0x80 { column += 1 }
    return AssayError(message: "\(name): line \(line), column \(column): \(message)", hint: hint)
  }

  /// The failure of a chunk parsed again from bytes held apart from the input, as an error naming
  /// `name` and the chunk's first byte in the input.
  func error(name: String, chunkStart: Int) -> AssayError {
    AssayError(message: "\(name): in the rows from byte \(chunkStart): \(message)", hint: hint)
  }
}

/// Describes the byte a parser found where it expected something else.
enum FoundByte {
  /// `'x'` for a printable character, else a name for it.
  static func describe(_ base: UnsafePointer<UInt8>, at offset: Int, limit: Int) -> String {
    guard offset < limit else { return "the end of the input" }
    let byte = base[offset]
    switch byte {
    case 0x0A, 0x0D: return "the end of the line"
    case 0: return "a NUL byte"
    case 0x21...0x7E: return "'\(Character(Unicode.Scalar(byte)))'"
    default: return String(format: "byte 0x%02X", byte)
    }
  }
}
