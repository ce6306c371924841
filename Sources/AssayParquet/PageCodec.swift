import CCodecs
import CSystemZlib

/// Decompresses a page's bytes with its column chunk's codec into a buffer of the size its header
/// gives; a page that does not fill that size exactly is damaged.
enum PageCodec {
  /// Decompresses `input` into `output` (exactly `output.count` bytes).
  static func decompress(
    _ codec: CompressionCodec, _ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer
  ) throws {
    let source = input.baseAddress ?? UnsafeRawPointer(bitPattern: 1).unsafelyUnwrapped
    let target = output.baseAddress ?? UnsafeMutableRawPointer(bitPattern: 1).unsafelyUnwrapped
    switch codec {
    case .uncompressed:
      guard input.count == output.count else {
        throw ParquetFailure.damaged("a page's size disagrees with its header")
      }
      if !input.isEmpty { target.copyMemory(from: source, byteCount: input.count) }
    case .snappy:
      try loaded(assay_snappy_load())
      var length = output.count
      let status = snappy_uncompress(
        source.assumingMemoryBound(to: CChar.self), input.count, target.assumingMemoryBound(to: CChar.self),
        &length)
      guard status == 0, length == output.count else {
        throw ParquetFailure.damaged("a snappy page does not decompress")
      }
    case .zstd:
      try loaded(assay_zstd_load())
      let length = ZSTD_decompress(target, output.count, source, input.count)
      guard ZSTD_isError(length) == 0, length == output.count else {
        throw ParquetFailure.damaged("a zstd page does not decompress")
      }
    case .lz4Raw:
      try lz4Block(input, into: output)
    case .lz4:
      try hadoopLZ4(input, into: output)
    case .gzip:
      try inflateAll(input, into: output)
    case .lzo, .brotli:
      throw ParquetFailure.unsupported(
        "pages compressed with \(codec == .lzo ? "LZO" : "Brotli"), which Assay does not read")
    }
  }

  /// Throws the reason a codec library could not be opened, when it could not.
  static func loaded(_ failure: UnsafePointer<CChar>?) throws {
    if let failure { throw ParquetFailure.unsupported(String(cString: failure)) }
  }

  /// One LZ4 block (LZ4_RAW) that must fill `output`.
  private static func lz4Block(_ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer)
    throws
  {
    try loaded(assay_lz4_load())
    guard input.count <= Int32.max, output.count <= Int32.max else {
      throw ParquetFailure.damaged("an LZ4 page is too large")
    }
    let source = input.baseAddress ?? UnsafeRawPointer(bitPattern: 1).unsafelyUnwrapped
    let target = output.baseAddress ?? UnsafeMutableRawPointer(bitPattern: 1).unsafelyUnwrapped
    let length = LZ4_decompress_safe(
      source.assumingMemoryBound(to: CChar.self), target.assumingMemoryBound(to: CChar.self),
      Int32(input.count),
      Int32(output.count))
    guard length == output.count else { throw ParquetFailure.damaged("an LZ4 page does not decompress") }
  }

  /// The LZ4 codec as Hadoop frames it (big-endian decompressed and compressed sizes before each
  /// block), which older writers use for codec LZ4; a page that is not so framed is read as one block.
  private static func hadoopLZ4(_ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer)
    throws
  {
    func bigEndian(_ at: Int) -> Int {
      (0..<4).reduce(0) { $0 << 8 | Int(input[at + $1]) }
    }
    var read = 0
    var written = 0
    var framed = input.count >= 8
    while framed && read < input.count {
      guard input.count - read >= 8 else {
        framed = false
        break
      }
      let decompressed = bigEndian(read)
      let compressed = bigEndian(read + 4)
      guard compressed <= input.count - read - 8, decompressed <= output.count - written else {
        framed = false
        break
      }
      let block = UnsafeRawBufferPointer(rebasing: input[(read + 8)..<(read + 8 + compressed)])
      let target = UnsafeMutableRawBufferPointer(rebasing: output[written..<(written + decompressed)])
      do { try lz4Block(block, into: target) } catch {
        framed = false
        break
      }
      read += 8 + compressed
      written += decompressed
    }
    if framed && written == output.count { return }
    try lz4Block(input, into: output)
  }

  /// A gzip or zlib stream that must inflate to exactly `output`.
  private static func inflateAll(_ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer)
    throws
  {
    guard input.count <= UInt32.max, output.count <= UInt32.max else {
      throw ParquetFailure.damaged("a gzip page is too large")
    }
    var stream = z_stream()
    guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
      throw ParquetFailure.damaged("a gzip page cannot be read")
    }
    defer { inflateEnd(&stream) }
    stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: UInt8.self))
    stream.avail_in = UInt32(input.count)
    stream.next_out = output.baseAddress?.assumingMemoryBound(to: UInt8.self)
    stream.avail_out = UInt32(output.count)
    let status = inflate(&stream, Z_FINISH)
    guard status == Z_STREAM_END, stream.total_out == output.count else {
      throw ParquetFailure.damaged("a gzip page does not decompress")
    }
  }
}

extension PageCodec {
  /// `input` compressed with `codec` (snappy, zstd or none), as a page's stored bytes.
  static func compress(_ codec: CompressionCodec, _ input: [UInt8]) throws -> [UInt8] {
    switch codec {
    case .uncompressed:
      return input
    case .snappy:
      try loaded(assay_snappy_load())
      var length = snappy_max_compressed_length(input.count)
      var output = [UInt8](repeating: 0, count: length)
      let status = input.withUnsafeBytes { source in
        output.withUnsafeMutableBytes { target in
          snappy_compress(
            source.baseAddress?.assumingMemoryBound(to: CChar.self), input.count,
            target.baseAddress?.assumingMemoryBound(to: CChar.self), &length)
        }
      }
      guard status == 0 else { throw ParquetFailure.unsupported("snappy could not compress a page") }
      output.removeSubrange(length...)
      return output
    case .zstd:
      try loaded(assay_zstd_load())
      let bound = ZSTD_compressBound(input.count)
      var output = [UInt8](repeating: 0, count: bound)
      let length = input.withUnsafeBytes { source in
        output.withUnsafeMutableBytes { target in
          ZSTD_compress(target.baseAddress, bound, source.baseAddress, input.count, 3)
        }
      }
      guard ZSTD_isError(length) == 0 else {
        throw ParquetFailure.unsupported("zstd could not compress a page")
      }
      output.removeSubrange(length...)
      return output
    default:
      throw ParquetFailure.unsupported("Assay writes Parquet pages with snappy, zstd or no compression")
    }
  }
}
