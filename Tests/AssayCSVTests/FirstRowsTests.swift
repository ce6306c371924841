import AssayCore
import Dispatch
import Foundation
import Testing

@testable import AssayCSV

/// A streamed CSV shows its first rows once its first part has come, before the rest of a chunk.
struct FirstRowsTests {
  /// Hands out `first`, then waits (at most 10 s) for `released` before the rest, as a slow store does.
  struct HeldBackStream: ByteStream {
    let bytes: [UInt8]
    let first: Int
    let released: DispatchSemaphore
    var offset = 0
    var waited = false

    mutating func read(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws -> Int {
      if offset == first && !waited {
        waited = true
        _ = released.wait(timeout: .now() + 10)
      }
      let end = min(bytes.count, offset + capacity, offset < first ? first : bytes.count)
      for index in offset..<end { buffer[index - offset] = bytes[index] }
      defer { offset = end }
      return end - offset
    }
  }

  @Test func theFirstRowsComeBeforeTheRestOfTheChunk() throws {
    let bytes = Array(("id,x\n" + (0..<200_000).map { "\($0),\($0 % 7).5\n" }.joined()).utf8)
    let released = DispatchSemaphore(value: 0)
    let firstRows = Counter()
    let control = LoadControl(interval: .zero) { table, _ in
      if table.rowCount > 0 && firstRows.value == 0 {
        firstRows.set(table.rowCount)
        released.signal()
      }
    }
    let start = ContinuousClock.now
    let load = StreamLoad(
      stream: HeldBackStream(bytes: bytes, first: 300_000, released: released), name: "-",
      options: SourceOptions(), chunkSize: 4 << 20, control: control)
    let table = try load.run()
    #expect(table.rowCount == 200_000)
    #expect(firstRows.value > 0 && firstRows.value < 200_000, "rows shown before the rest came")
    #expect(ContinuousClock.now - start < .seconds(5), "the stream was released by the first rows")
  }

  /// A number set once from another thread.
  final class Counter: @unchecked Sendable {  // `count` is guarded by `lock`
    private let lock = NSLock()
    private var count = 0
    func set(_ value: Int) { lock.withLock { count = value } }
    var value: Int { lock.withLock { count } }
  }
}
