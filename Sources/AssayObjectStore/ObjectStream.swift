import AssayCSV
import AssayCore
import Foundation

/// An object's bytes, front to back, fetched with ranged GETs by a few threads at once: small
/// first ranges so the first rows arrive at once, then larger ones, handed to the reader in order,
/// at most `ahead` ranges past the one it reads. A range that fails for a passing reason is fetched
/// again (`ObjectStoreHTTP`); the object is never downloaded whole first.
final class ObjectStream: ByteStream {
  /// Bytes in the first ranges, growing so that the parser's first chunk (4 MB) arrives early and
  /// the first screen shows with little of the object received.
  static let openingRanges = [256 << 10, 4 << 20, 16 << 20]
  /// Bytes in every later range.
  static let laterRange = 32 << 20
  /// Ranges fetched at once.
  static let fetchers = 4
  /// Ranges fetched ahead of the reader at most.
  static let ahead = 4
  private let queue: RangeQueue
  private var current: [UInt8] = []
  private var position = 0

  /// Starts fetching `key` of `bucket`, `size` bytes long.
  init(store: any ObjectStore, bucket: String, key: String, size: Int) {
    let ranges = Self.ranges(size: size)
    let queue = RangeQueue(count: ranges.count, ahead: Self.ahead)
    self.queue = queue
    for _ in 0..<min(Self.fetchers, ranges.count) {
      Thread.detachNewThread {
        while let index = queue.claim() {
          let range = ranges[index]
          do {
            queue.deliver(try store.getWhole(bucket: bucket, key: key, range: range), at: index)
          } catch {
            queue.fail(error)
            return
          }
        }
      }
    }
  }

  deinit { queue.stop() }

  /// The byte ranges of an object of `size` bytes, in order.
  static func ranges(size: Int) -> [ClosedRange<Int>] {
    var ranges: [ClosedRange<Int>] = []
    var offset = 0
    while offset < size {
      let length = ranges.count < openingRanges.count ? openingRanges[ranges.count] : laterRange
      let end = min(size, offset + length)
      ranges.append(offset...(end - 1))
      offset = end
    }
    return ranges
  }

  func read(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws -> Int {
    if position == current.count {
      guard let next = try queue.next() else { return 0 }
      current = next
      position = 0
    }
    let count = min(capacity, current.count - position)
    current.withUnsafeBufferPointer { bytes in
      buffer.update(from: bytes.baseAddress.unsafelyUnwrapped + position, count: count)
    }
    position += count
    return count
  }
}

/// The ranges of one object: which the fetching threads claim next, those fetched and not yet
/// read, and the reader's place.
private final class RangeQueue: @unchecked Sendable {  // every field is guarded by `condition`
  private let condition = NSCondition()
  private let count: Int
  private let ahead: Int
  private var claimed = 0
  private var read = 0
  private var fetched: [Int: [UInt8]] = [:]
  private var stopped = false
  private var failure: (any Error)?

  /// A queue of `count` ranges, at most `ahead` of them fetched past the reader.
  init(count: Int, ahead: Int) {
    self.count = count
    self.ahead = ahead
  }

  /// The next range for a fetching thread, once it is within the window past the reader; nil when none
  /// is left, the reader is gone, or a fetch failed.
  func claim() -> Int? {
    condition.lock()
    defer { condition.unlock() }
    // The window opens as the reader goes: two ranges at the start, so the first screen is drawn
    // from the opening ranges before the large ones pour in, then up to `ahead`.
    while claimed < count && claimed >= read + min(ahead, read + 2) && !stopped && failure == nil {
      condition.wait()
    }
    guard claimed < count, !stopped, failure == nil else { return nil }
    claimed += 1
    return claimed - 1
  }

  /// Hands over range `index`.
  func deliver(_ bytes: [UInt8], at index: Int) { change { $0.fetched[index] = bytes } }

  /// Ends the stream with an error.
  func fail(_ error: any Error) { change { $0.failure = $0.failure ?? error } }

  /// The reader is gone: the fetching threads stop.
  func stop() { change { $0.stopped = true } }

  /// The next range in order; nil after the last; rethrows a fetch error.
  func next() throws -> [UInt8]? {
    condition.lock()
    defer { condition.unlock() }
    while read < count && fetched[read] == nil && failure == nil { condition.wait() }
    if let failure { throw failure }
    guard read < count, let bytes = fetched.removeValue(forKey: read) else { return nil }
    read += 1
    condition.broadcast()
    return bytes
  }

  private func change(_ body: (RangeQueue) -> Void) {
    condition.lock()
    body(self)
    condition.broadcast()
    condition.unlock()
  }
}
