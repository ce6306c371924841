import AssayCSV

/// A stream whose first bytes were read ahead to tell what it holds: those bytes again, then the
/// rest of the stream.
final class ReplayedStream: ByteStream {
  /// The bytes read ahead, not yet handed out again.
  private var head: ArraySlice<UInt8>
  /// The rest of the stream.
  private var rest: any ByteStream

  /// `head`, read ahead from `rest`, followed by what `rest` holds after it.
  init(head: [UInt8], rest: any ByteStream) {
    self.head = head[...]
    self.rest = rest
  }

  /// The bytes read ahead first, then the rest's.
  func read(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws -> Int {
    guard head.isEmpty else {
      let count = min(capacity, head.count)
      head.prefix(count).withUnsafeBufferPointer { bytes in
        bytes.baseAddress.map { buffer.update(from: $0, count: count) }
      }
      head = head.dropFirst(count)
      return count
    }
    return try rest.read(into: buffer, capacity: capacity)
  }

  /// Reads from the start of `stream` until `enough` says the bytes read tell what it needs, the
  /// stream ends, or `limit` bytes have come; the bytes, and whether the stream ended.
  static func readAhead(_ stream: inout any ByteStream, limit: Int, until enough: ([UInt8]) -> Bool) throws
    -> (head: [UInt8], atEnd: Bool)
  {
    var head: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: limit)
    while head.count < limit && !enough(head) {
      let wanted = limit - head.count
      let got = try chunk.withUnsafeMutableBufferPointer { buffer in
        try stream.read(into: buffer.baseAddress.unsafelyUnwrapped, capacity: wanted)
      }
      if got == 0 { return (head, true) }
      head += chunk[..<got]
    }
    return (head, false)
  }
}
