import AssayCore
import Foundation
import ZIPFoundation

/// A workbook's zip archive: its parts by path, each inflated whole and at most `partLimit` bytes
/// (so a small file that inflates to gigabytes is refused, not read). Checked to be a whole zip
/// before its directory is read. Errors are `AssayError`s naming the workbook. One thread at a time.
final class WorkbookArchive {
  /// The workbook's name for people.
  let name: String
  /// The most bytes one part may inflate to.
  let partLimit: Int
  private let archive: Archive
  private let entries: [String: Entry]

  /// The workbook in the file at `path`.
  init(path: String, name: String, partLimit: Int) throws {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw AssayError(message: "\(name): cannot be read", hint: "check the path and its permissions")
    }
    defer { try? handle.close() }
    let head = (try? handle.read(upToCount: 4)) ?? Data()
    let size = (try? handle.seekToEnd()) ?? 0
    try? handle.seek(toOffset: size - min(size, UInt64(ZipEnd.searchedBytes)))
    let tail = (try? handle.readToEnd()) ?? Data()
    try ZipEnd.check(head: head, tail: tail, name: name)
    do {
      archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
    } catch {
      throw AssayError(message: "\(name): not a readable zip archive (\(error)), so not a workbook")
    }
    self.name = name
    self.partLimit = partLimit
    var entries: [String: Entry] = [:]
    for entry in archive where entry.type == .file && entries[entry.path] == nil {
      entries[entry.path] = entry
    }
    self.entries = entries
  }

  /// True when the archive holds a part at `path`.
  func contains(_ path: String) -> Bool { entries[path] != nil }

  /// The bytes of the part at `path`; an `AssayError` when it is missing, damaged or over `partLimit`.
  func read(_ path: String) throws -> [UInt8] {
    try read(path, stoppingAt: nil)
  }

  /// The first bytes of the part at `path`: at least `count` of them when it has that many.
  func readPrefix(_ path: String, count: Int) throws -> [UInt8] {
    try read(path, stoppingAt: count)
  }

  private func read(_ path: String, stoppingAt wanted: Int?) throws -> [UInt8] {
    guard let entry = entries[path] else {
      throw AssayError(message: "\(name): the part \(path) is missing from the archive")
    }
    if wanted == nil, entry.uncompressedSize > UInt64(partLimit) {
      throw oversized(path)
    }
    var bytes: [UInt8] = []
    do {
      _ = try archive.extract(entry, skipCRC32: wanted != nil) { chunk in
        guard bytes.count + chunk.count <= partLimit else { throw PartOverflow.tooLarge }
        bytes.append(contentsOf: chunk)
        if let wanted, bytes.count >= wanted { throw PartOverflow.enough }
      }
    } catch PartOverflow.enough {
      return bytes
    } catch PartOverflow.tooLarge {
      throw oversized(path)
    } catch {
      throw AssayError(message: "\(name): the part \(path) is damaged (\(error))")
    }
    return bytes
  }

  private func oversized(_ path: String) -> AssayError {
    AssayError(
      message: "\(name): the part \(path) inflates to over \(partLimit >> 20) MiB; not read",
      hint: "a part that large is more likely a zip bomb than a sheet")
  }

  /// Why an extraction stopped early.
  private enum PartOverflow: Error {
    case tooLarge, enough
  }
}

/// The zip checks made before ZIPFoundation reads an archive: a local file header first, and an
/// end-of-central-directory record within the last 64 KiB (its comment is at most 65,535 bytes).
/// Without the record the archive is truncated, and looking for it further would read the whole file.
enum ZipEnd {
  /// The bytes at the end of a file that can hold the record: 22 of its own and the longest comment.
  static let searchedBytes = 22 + 65_535

  /// An `AssayError` unless `head` (the first bytes) starts a zip and `tail` (the last
  /// `searchedBytes`) holds an end record.
  static func check(head: Data, tail: Data, name: String) throws {
    guard head.starts(with: [0x50, 0x4B, 0x03, 0x04]) else {
      throw AssayError(message: "\(name): not a zip archive, so not an .xlsx workbook")
    }
    let signature: [UInt8] = [0x50, 0x4B, 0x05, 0x06]
    let bytes = [UInt8](tail)
    let found =
      bytes.count >= 22
      && (0...(bytes.count - 22)).contains { start in bytes[start..<start + 4].elementsEqual(signature) }
    guard found else {
      throw AssayError(
        message: "\(name): truncated: the zip archive has no end record", hint: "copy or download it again")
    }
  }
}
