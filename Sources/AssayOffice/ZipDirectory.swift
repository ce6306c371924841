import AssayCore
import Foundation

/// One file in a zip archive, as the archive's central directory records it.
struct ZipEntry: Equatable {
  /// How its data is stored: 0 as is, 8 deflated; any other method is not read.
  let method: UInt16
  /// The general-purpose flags; bit 0 marks an encrypted entry.
  let flags: UInt16
  /// The CRC-32 of its uncompressed bytes.
  let checksum: UInt32
  /// The bytes of its stored (compressed) data.
  let compressedSize: UInt64
  /// The bytes it inflates to, as recorded (a hostile archive may lie).
  let uncompressedSize: UInt64
  /// Where its local header starts in the file.
  let localHeaderOffset: UInt64
}

/// The files of a zip archive by path, read from its central directory (found through the end
/// record, or the ZIP64 end record an archive over 4 GiB or 65,535 entries has). Every offset and
/// size is checked against the file before it is used, so a damaged archive is an `AssayError`, never
/// a read past its end. Directories are left out; a path listed twice keeps its first entry.
struct ZipDirectory {
  /// The files by path.
  let entries: [String: ZipEntry]

  /// The most bytes of central directory read: a workbook's is a few kilobytes.
  static let directoryLimit = 64 << 20

  /// The directory of the archive in `file`, whose last bytes are `tail` (as `ZipEnd` read them);
  /// errors name the archive `name`.
  init(_ file: ZipFile, tail: [UInt8], name: String) throws {
    func damaged(_ what: String) -> AssayError {
      AssayError(message: "\(name): a damaged zip archive (\(what)), so not a workbook")
    }
    guard let endStart = ZipEnd.recordStart(in: tail) else { throw damaged("no end record") }
    let end = tail[endStart...]
    let endOffset = file.size - UInt64(tail.count - endStart)
    var (count, size, offset) = (
      UInt64(end.littleEndian(UInt16.self, at: 10)), UInt64(end.littleEndian(UInt32.self, at: 12)),
      UInt64(end.littleEndian(UInt32.self, at: 16))
    )
    if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF, endOffset >= 20,
      let locator = try? file.read(at: endOffset - 20, count: 20),
      locator.littleEndian(UInt32.self, at: 0) == 0x0706_4B50
    {
      let record = try file.read(at: locator.littleEndian(UInt64.self, at: 8), count: 56)
      guard record.count == 56, record.littleEndian(UInt32.self, at: 0) == 0x0606_4B50 else {
        throw damaged("no ZIP64 end record where its locator points")
      }
      (count, size, offset) = (
        record.littleEndian(UInt64.self, at: 32), record.littleEndian(UInt64.self, at: 40),
        record.littleEndian(UInt64.self, at: 48)
      )
    }
    guard size <= UInt64(Self.directoryLimit) else { throw damaged("a directory over 64 MiB") }
    guard offset <= file.size, size <= file.size - offset else { throw damaged("a directory past its end") }
    let directory = try file.read(at: offset, count: Int(size))
    guard directory.count == Int(size) else { throw damaged("a directory past its end") }
    var entries: [String: ZipEntry] = [:]
    var position = 0
    for _ in 0..<count {
      guard position + 46 <= directory.count,
        directory.littleEndian(UInt32.self, at: position) == 0x0201_4B50
      else { throw damaged("a directory entry that is not one") }
      let lengths = (0..<3).map { Int(directory.littleEndian(UInt16.self, at: position + 28 + 2 * $0)) }
      let nameStart = position + 46
      let extraStart = nameStart + lengths[0]
      let next = extraStart + lengths[1] + lengths[2]
      guard next <= directory.count else { throw damaged("a directory entry past the directory's end") }
      let path = String(decoding: directory[nameStart..<extraStart], as: UTF8.self)
      let entry = Self.entry(
        directory[position..<nameStart], extra: directory[extraStart..<extraStart + lengths[1]])
      if !path.hasSuffix("/"), entries[path] == nil { entries[path] = entry }
      position = next
    }
    self.entries = entries
  }

  /// The entry a central directory record's fixed part `record` describes, its sizes and offset
  /// taken from the ZIP64 extra field in `extra` where the fixed part holds 0xFFFFFFFF.
  private static func entry(_ record: ArraySlice<UInt8>, extra: ArraySlice<UInt8>) -> ZipEntry {
    var fields = [20, 24, 42].map { UInt64(record.littleEndian(UInt32.self, at: $0)) }
    var position = extra.startIndex
    while position + 4 <= extra.endIndex {
      let (id, length) = (
        extra.littleEndian(UInt16.self, at: position - extra.startIndex),
        Int(extra.littleEndian(UInt16.self, at: position - extra.startIndex + 2))
      )
      let body = position + 4
      if id == 1 {
        // ZIP64: uncompressed size, compressed size, then offset, only those the record left at the maximum.
        var field = body
        for index in [1, 0, 2]
        where fields[index] == 0xFFFF_FFFF && field + 8 <= min(body + length, extra.endIndex) {
          fields[index] = extra.littleEndian(UInt64.self, at: field - extra.startIndex)
          field += 8
        }
      }
      position = body + length
    }
    return ZipEntry(
      method: record.littleEndian(UInt16.self, at: 10), flags: record.littleEndian(UInt16.self, at: 8),
      checksum: record.littleEndian(UInt32.self, at: 16), compressedSize: fields[0],
      uncompressedSize: fields[1],
      localHeaderOffset: fields[2])
  }
}

/// A zip archive's file, read at offsets. One thread at a time.
final class ZipFile {
  private let handle: FileHandle
  /// The file's size in bytes.
  let size: UInt64

  /// The file at `path`; nil when it cannot be opened.
  init?(path: String) {
    guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
    self.handle = handle
    size = (try? handle.seekToEnd()) ?? 0
  }

  deinit { try? handle.close() }

  /// Up to `count` bytes from `offset` (fewer at the end of the file).
  func read(at offset: UInt64, count: Int) throws -> [UInt8] {
    guard offset < size, count > 0 else { return [] }
    try handle.seek(toOffset: offset)
    return [UInt8](try handle.read(upToCount: count) ?? Data())
  }
}

extension Collection<UInt8> where Index == Int {
  /// The little-endian integer at `offset` from the start; 0 for bytes past the end.
  func littleEndian<Value: FixedWidthInteger & UnsignedInteger>(_: Value.Type, at offset: Int) -> Value {
    (0..<MemoryLayout<Value>.size).reduce(Value(0)) { value, index in
      let position = startIndex + offset + index
      return position < endIndex ? value | Value(self[position]) << (8 * index) : value
    }
  }
}
