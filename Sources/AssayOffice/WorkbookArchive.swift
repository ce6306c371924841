import AssayCore
import CSystemZlib

/// A workbook's zip archive: its parts by path, each inflated whole and at most `partLimit` bytes
/// (so a small file that inflates to gigabytes is refused, not read). Checked to be a whole zip
/// before its directory is read. Each part's data is read within the bounds the directory gives it
/// and must end there, so a damaged archive is an error, never a read past its end. Errors are
/// `AssayError`s naming the workbook. One thread at a time.
final class WorkbookArchive {
  /// The workbook's name for people.
  let name: String
  /// The most bytes one part may inflate to.
  let partLimit: Int
  private let file: ZipFile
  private let directory: ZipDirectory

  /// The workbook in the file at `path`.
  init(path: String, name: String, partLimit: Int) throws {
    guard let file = ZipFile(path: path) else {
      throw AssayError(message: "\(name): cannot be read", hint: "check the path and its permissions")
    }
    let head = try Self.reading(name) { try file.read(at: 0, count: 4) }
    let tailCount = Int(min(file.size, UInt64(ZipEnd.searchedBytes)))
    let tail = try Self.reading(name) { try file.read(at: file.size - UInt64(tailCount), count: tailCount) }
    try ZipEnd.check(head: head, tail: tail, name: name)
    directory = try Self.reading(name) { try ZipDirectory(file, tail: tail, name: name) }
    (self.file, self.name, self.partLimit) = (file, name, partLimit)
  }

  /// True when the archive holds a part at `path`.
  func contains(_ path: String) -> Bool { directory.entries[path] != nil }

  /// The bytes of the part at `path`; an `AssayError` when it is missing, damaged or over `partLimit`.
  func read(_ path: String) throws -> [UInt8] {
    try read(path, stoppingAt: nil)
  }

  /// The first bytes of the part at `path`: at least `count` of them when it has that many.
  func readPrefix(_ path: String, count: Int) throws -> [UInt8] {
    try read(path, stoppingAt: count)
  }

  private func read(_ path: String, stoppingAt wanted: Int?) throws -> [UInt8] {
    guard let entry = directory.entries[path] else {
      throw AssayError(message: "\(name): the part \(path) is missing from the archive")
    }
    if wanted == nil, entry.uncompressedSize > UInt64(partLimit) {
      throw oversized(path)
    }
    do {
      let bytes = try ZipPartReader(file: file, entry: entry, limit: partLimit).read(stoppingAt: wanted)
      if wanted == nil, crc32_z(0, bytes, bytes.count) != UInt(entry.checksum) {
        throw ZipPartReader.Failure.damaged("its checksum does not match")
      }
      return bytes
    } catch ZipPartReader.Failure.tooLarge {
      throw oversized(path)
    } catch ZipPartReader.Failure.damaged(let reason) {
      throw AssayError(message: "\(name): the part \(path) is damaged (\(reason))")
    } catch {
      throw AssayError(message: "\(name): the part \(path) cannot be read (\(error))")
    }
  }

  private func oversized(_ path: String) -> AssayError {
    AssayError(
      message: "\(name): the part \(path) inflates to over \(partLimit >> 20) MiB; not read",
      hint: "a part that large is more likely a zip bomb than a sheet")
  }

  /// What `body` reads from the file, an I/O error made an `AssayError` naming the workbook `name`.
  private static func reading<Read>(_ name: String, _ body: () throws -> Read) throws -> Read {
    do {
      return try body()
    } catch let error as AssayError {
      throw error
    } catch {
      throw AssayError(message: "\(name): cannot be read (\(error))")
    }
  }
}

/// The zip checks made before an archive's directory is read: a local file header first, and an
/// end-of-central-directory record within the last 64 KiB (its comment is at most 65,535 bytes).
/// Without the record the archive is truncated, and looking for it further would read the whole file.
enum ZipEnd {
  /// The bytes at the end of a file that can hold the record: 22 of its own and the longest comment.
  static let searchedBytes = 22 + 65_535

  /// An `AssayError` unless `head` (the first bytes) starts a zip and `tail` (the last
  /// `searchedBytes`) holds an end record.
  static func check(head: [UInt8], tail: [UInt8], name: String) throws {
    guard head.starts(with: [0x50, 0x4B, 0x03, 0x04]) else {
      throw AssayError(message: "\(name): not a zip archive, so not an .xlsx workbook")
    }
    guard recordStart(in: tail) != nil else {
      throw AssayError(
        message: "\(name): truncated: the zip archive has no end record", hint: "copy or download it again")
    }
  }

  /// Where the last end record in `tail` starts; nil when it holds none.
  static func recordStart(in tail: [UInt8]) -> Int? {
    guard tail.count >= 22 else { return nil }
    return (0...(tail.count - 22)).last { tail.littleEndian(UInt32.self, at: $0) == 0x0605_4B50 }
  }
}
