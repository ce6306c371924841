import Dispatch

/// Runs `body(0)…body(count − 1)` on all cores and returns the results in index order.
public func concurrentResults<T: Sendable>(count: Int, _ body: @Sendable (Int) -> T) -> [T] {
  let results = IndexedResults<T>(count: count)
  DispatchQueue.concurrentPerform(iterations: count) { results.store(body($0), at: $0) }
  return results.collected()
}

/// Slots written by one task each and read after every task has finished.
private final class IndexedResults<T>: @unchecked Sendable {
  private var slots: UnsafeMutableBufferPointer<T?>

  init(count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil)
  }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }

  func store(_ value: T, at index: Int) { slots[index] = value }

  func collected() -> [T] { slots.compactMap { $0 } }
}
