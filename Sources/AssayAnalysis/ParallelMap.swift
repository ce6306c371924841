import Dispatch

/// Runs independent pieces of work on all cores and collects their results in order.
enum ParallelMap {
  /// `body(0)...body(count - 1)`, computed concurrently, returned in index order.
  static func map<T: Sendable>(count: Int, _ body: @Sendable (Int) -> T) -> [T] {
    let slots = ResultSlots<T>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in slots.store(body(index), at: index) }
    return slots.results()
  }
}

/// One slot per task; each slot is written by exactly one task and read after all have finished.
/// The slots live in memory of their own, so concurrent writes never touch shared array state.
private final class ResultSlots<T>: @unchecked Sendable {
  private let slots: UnsafeMutableBufferPointer<T?>

  init(count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil)
  }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }

  func store(_ value: T, at index: Int) { slots[index] = value }

  func results() -> [T] { slots.compactMap { $0 } }
}
