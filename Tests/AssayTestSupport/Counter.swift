import Foundation

/// A count that threads add to.
public final class Counter: @unchecked Sendable {  // `count` is guarded by `lock`
  private let lock = NSLock()
  private var count = 0

  /// A count of 0.
  public init() {}

  /// Adds one; the count after it.
  @discardableResult public func add() -> Int {
    lock.withLock {
      count += 1
      return count
    }
  }

  /// The count.
  public var value: Int { lock.withLock { count } }
}
