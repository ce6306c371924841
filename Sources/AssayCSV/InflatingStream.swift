import AssayCore
import CSystemZlib

/// The decompressed bytes of a gzip (or zlib) stream read from another stream, such as an object
/// in a store, inflated by zlib as they arrive; members written one after another are read as one.
public final class InflatingStream<Source: ByteStream>: ByteStream {
  private var source: Source
  private let name: String
  private var state = z_stream()
  private static var inputSize: Int { 1 << 18 }
  private let input = UnsafeMutablePointer<UInt8>.allocate(capacity: inputSize)
  private var sourceEnded = false
  /// True between members (and before the first): the compressed data may end here.
  private var atBoundary = true
  private var finished = false

  /// Inflates what `source` holds; errors name `name`.
  /// - Throws: `AssayError` when zlib cannot start.
  public init(_ source: Source, name: String) throws {
    self.source = source
    self.name = name
    // 15 window bits, plus 32: gzip or zlib, told by the header.
    guard inflateInit2_(&state, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
      input.deallocate()
      throw AssayError(message: "\(name): cannot start decompressing")
    }
  }

  deinit {
    inflateEnd(&state)
    input.deallocate()
  }

  /// Up to `capacity` decompressed bytes; 0 at the end of the last member.
  public func read(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws -> Int {
    guard !finished, capacity > 0 else { return 0 }
    state.next_out = buffer
    state.avail_out = UInt32(min(capacity, Int(UInt32.max)))
    while true {
      if state.avail_in == 0 && !sourceEnded {
        let got = try source.read(into: input, capacity: Self.inputSize)
        sourceEnded = got == 0
        state.next_in = input
        state.avail_in = UInt32(got)
      }
      let status = inflate(&state, Z_NO_FLUSH)
      let produced = capacity - Int(state.avail_out)
      switch status {
      case Z_STREAM_END:
        // Another member may follow.
        inflateReset(&state)
        atBoundary = true
        if state.avail_in == 0 && sourceEnded { finished = true }
      case Z_OK:
        atBoundary = false
      case Z_BUF_ERROR where state.avail_in == 0 && sourceEnded:
        guard atBoundary else {
          throw AssayError(
            message: "\(name): the compressed data ends early",
            hint: "check that the object is a complete gzip file")
        }
        finished = true
      case Z_BUF_ERROR where state.avail_in == 0:
        break  // more input is on its way
      default:
        let reason = state.msg.map { String(cString: $0) } ?? "zlib error \(status)"
        throw AssayError(
          message: "\(name): cannot decompress (\(reason))", hint: "check that the object is a gzip file")
      }
      if produced > 0 || finished { return produced }
    }
  }
}
