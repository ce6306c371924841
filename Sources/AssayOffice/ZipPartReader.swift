import CSystemZlib

/// Reads one zip entry's bytes: stored ones as they are, deflated ones inflated by zlib as the
/// compressed data is read in pieces. The compressed data is read only within the entry's recorded
/// size and the file, and a deflate stream must end inside it: one that runs on is damaged, not
/// waited on. The output stops at `limit` bytes (`Failure.tooLarge` past it).
struct ZipPartReader {
  /// Why an entry could not be read.
  enum Failure: Error {
    /// It inflates to more than the limit.
    case tooLarge
    /// Its header or data are not what the directory says, with the reason.
    case damaged(String)
  }

  /// The archive's file.
  let file: ZipFile
  /// The entry read.
  let entry: ZipEntry
  /// The most bytes the entry may inflate to.
  let limit: Int

  /// Compressed bytes read from the file at a time.
  private static let pieceBytes = 1 << 18

  /// The entry's bytes; with `wanted`, only the first of them (at least `wanted` when it has that many).
  func read(stoppingAt wanted: Int? = nil) throws -> [UInt8] {
    guard entry.flags & 1 == 0 else { throw Failure.damaged("it is encrypted") }
    let header = try file.read(at: entry.localHeaderOffset, count: 30)
    guard header.count == 30, header.littleEndian(UInt32.self, at: 0) == 0x0403_4B50 else {
      throw Failure.damaged("no local header where the directory points")
    }
    let start =
      entry.localHeaderOffset + 30 + UInt64(header.littleEndian(UInt16.self, at: 26))
      + UInt64(header.littleEndian(UInt16.self, at: 28))
    guard start <= file.size, entry.compressedSize <= file.size - start else {
      throw Failure.damaged("its data runs past the end of the file")
    }
    switch entry.method {
    case 0:
      let count = min(entry.compressedSize, UInt64(wanted ?? Int.max))
      guard count <= UInt64(limit) else { throw Failure.tooLarge }
      return try file.read(at: start, count: Int(count))
    case 8:
      return try inflated(from: start, stoppingAt: wanted)
    default:
      throw Failure.damaged(
        "compressed with method \(entry.method), which is not read; only stored and deflated")
    }
  }

  /// The inflated bytes of the deflate stream at `start`.
  private func inflated(from start: UInt64, stoppingAt wanted: Int?) throws -> [UInt8] {
    var stream = z_stream()
    // Negative window bits: a raw deflate stream, as a zip stores it (no zlib header).
    guard inflateInit2_(&stream, -15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
      throw Failure.damaged("zlib cannot start")
    }
    defer { inflateEnd(&stream) }
    var output: [UInt8] = []
    var outputPiece = [UInt8](repeating: 0, count: Self.pieceBytes)
    var consumed: UInt64 = 0
    while true {
      guard consumed < entry.compressedSize else { throw Failure.damaged("its compressed data ends early") }
      var input = try file.read(
        at: start + consumed, count: Int(min(UInt64(Self.pieceBytes), entry.compressedSize - consumed)))
      guard !input.isEmpty else { throw Failure.damaged("its compressed data ends early") }
      consumed += UInt64(input.count)
      let status = try input.withUnsafeMutableBufferPointer { source in
        stream.next_in = source.baseAddress
        stream.avail_in = UInt32(source.count)
        var status = Z_OK
        repeat {
          let produced = outputPiece.withUnsafeMutableBufferPointer { target in
            stream.next_out = target.baseAddress
            stream.avail_out = UInt32(target.count)
            status = inflate(&stream, Z_NO_FLUSH)
            return target.count - Int(stream.avail_out)
          }
          guard status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR else {
            throw Failure.damaged("its deflated data is not valid")
          }
          guard output.count + produced <= limit else { throw Failure.tooLarge }
          output.append(contentsOf: outputPiece[..<produced])
          if let wanted, output.count >= wanted { return Z_STREAM_END }
        } while status == Z_OK && (stream.avail_in > 0 || stream.avail_out == 0)
        return status
      }
      if status == Z_STREAM_END { return output }
    }
  }
}
