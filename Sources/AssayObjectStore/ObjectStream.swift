import AssayCSV
import AssayCore
import Foundation

/// An object's bytes, front to back, fetched with ranged GETs on a thread of their own: a small
/// first range so the first rows arrive at once, then larger ones, at most two ranges ahead of the
/// reader. A range that fails for a passing reason is fetched again (`ObjectStoreHTTP`); the
/// object is never downloaded whole first.
final class ObjectStream: ByteStream {
  /// Bytes in the first range.
  static let firstRange = 256 << 10
  /// Bytes in every later range.
  static let laterRange = 8 << 20
  private let queue: RangeQueue
  private var current: [UInt8] = []
  private var position = 0

  /// Starts fetching `key` of `bucket`, `size` bytes long.
  init(store: any ObjectStore, bucket: String, key: String, size: Int) {
    let queue = RangeQueue()
    self.queue = queue
    Thread.detachNewThread {
      var offset = 0
      while offset < size, queue.waitForRoom() {
        let length = offset == 0 ? Self.firstRange : Self.laterRange
        let end = min(size, offset + length) - 1
        do {
          let bytes = try store.get(bucket: bucket, key: key, range: offset...end)
          guard bytes.count == end - offset + 1 else {
            throw AssayError(
              message: "\(store.locator(bucket: bucket, key: key)): the object changed while it was read",
              hint: "open it again")
          }
          queue.push(bytes)
          offset = end + 1
        } catch {
          queue.fail(error)
          return
        }
      }
      queue.finish()
    }
  }

  deinit { queue.stop() }

  func read(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws -> Int {
    if position == current.count {
      guard let next = try queue.pop() else { return 0 }
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

/// The ranges fetched and not yet read, shared by the fetching thread and the reader.
private final class RangeQueue: @unchecked Sendable {  // every field is guarded by `condition`
  private let condition = NSCondition()
  private var ranges: [[UInt8]] = []
  private var ended = false
  private var stopped = false
  private var failure: (any Error)?
  /// Ranges held ahead of the reader at most.
  private let ahead = 2

  /// Waits until there is room for another range; false once the reader is gone.
  func waitForRoom() -> Bool {
    condition.lock()
    defer { condition.unlock() }
    while ranges.count >= ahead && !stopped { condition.wait() }
    return !stopped
  }

  /// Adds a fetched range.
  func push(_ bytes: [UInt8]) { change { $0.ranges.append(bytes) } }

  /// Marks the object as read to its end.
  func finish() { change { $0.ended = true } }

  /// Ends the stream with an error.
  func fail(_ error: any Error) {
    change {
      $0.failure = error
      $0.ended = true
    }
  }

  /// The reader is gone: the fetching thread stops.
  func stop() { change { $0.stopped = true } }

  /// The next range; nil at the end; rethrows a fetch error.
  func pop() throws -> [UInt8]? {
    condition.lock()
    defer { condition.unlock() }
    while ranges.isEmpty && !ended { condition.wait() }
    if !ranges.isEmpty {
      condition.broadcast()
      return ranges.removeFirst()
    }
    if let failure { throw failure }
    return nil
  }

  private func change(_ body: (RangeQueue) -> Void) {
    condition.lock()
    body(self)
    condition.broadcast()
    condition.unlock()
  }
}
