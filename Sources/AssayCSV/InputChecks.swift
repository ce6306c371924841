import AssayCore
import Foundation

/// The checks made when a source is opened, so that a wrong path or a binary file fails at once
/// with one clear line.
package enum InputChecks {
  /// The error for a failed `open`/`stat` of `name`.
  static func openError(name: String, errno code: Int32) -> AssayError {
    switch code {
    case ENOENT: return AssayError(message: "\(name): no such file", hint: "check the path")
    case EACCES:
      return AssayError(message: "\(name): permission denied", hint: "check the file's permissions")
    case EISDIR: return AssayError(message: "\(name): is a directory", hint: "give a file inside it")
    default: return AssayError(message: "\(name): cannot be opened (\(String(cString: strerror(code))))")
    }
  }

  /// Checks that `path` is a readable regular file.
  public static func checkFile(path: String, name: String) throws {
    var status = stat()
    guard stat(path, &status) == 0 else { throw openError(name: name, errno: errno) }
    if status.st_mode & S_IFMT == S_IFDIR { throw openError(name: name, errno: EISDIR) }
    guard access(path, R_OK) == 0 else { throw openError(name: name, errno: errno) }
  }

  /// Checks that the first bytes of an input look like UTF-8 text: no UTF-16/32 byte order mark,
  /// no NUL byte.
  static func checkText(_ bytes: UnsafeBufferPointer<UInt8>, name: String) throws {
    if bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
    {
      throw AssayError(
        message: "\(name): the file is UTF-16 (it starts with a UTF-16 byte order mark)",
        hint: "convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8")
    }
    if let nul = bytes.firstIndex(of: 0) {
      // A format its first bytes announce is named, with where Assay reads it.
      switch FileSignature.of(bytes) {
      case FileSignature.zip?:
        throw AssayError(
          message: "not a text file: \(name) is a zip archive", hint: "an Excel workbook opens named .xlsx")
      case FileSignature.parquet?:
        throw AssayError(
          message: "not a text file: \(name) is a Parquet file",
          hint: "it opens from a file named .parquet (or any name), not from standard input")
      case let signature?:
        throw AssayError(
          message: "not a text file: \(name) is \(signature.description)",
          hint: "Assay reads CSV and TSV text")
      case nil:
        throw AssayError(
          message: "not a text file: \(name) has a NUL byte at byte \(nul)",
          hint: "Assay reads CSV and TSV text")
      }
    }
  }

  /// The length of a UTF-8 byte order mark at the start, or 0.
  package static func byteOrderMarkLength(_ base: UnsafePointer<UInt8>, _ count: Int) -> Int {
    count >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF ? 3 : 0
  }

  /// The delimiter a file name implies: tab for `.tsv` and `.tab` (also gzipped), else none.
  static func delimiter(impliedBy name: String) -> UInt8? {
    let lower = name.lowercased()
    let tabbed = [".tsv", ".tsv.gz", ".tab", ".tab.gz"].contains { lower.hasSuffix($0) }
    return tabbed ? UInt8(ascii: "\t") : nil
  }
}
