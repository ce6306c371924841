import AssayCore
import Foundation

@testable import AssayUI

/// A source that yields the first rows of a table in steps, then ends, fails, or waits to be cancelled.
struct FakeSource: TableSource {
  /// What happens after the last snapshot.
  enum Ending: Sendable {
    case finish
    case fail(AssayError)
    case hang
  }

  let displayName: String
  let table: Table
  let steps: [Int]
  let ending: Ending
  let terminated = Flag()

  func load() -> AsyncThrowingStream<LoadUpdate, Error> {
    AsyncThrowingStream { continuation in
      let task = Task {
        for (index, rows) in steps.enumerated() {
          let finished = index == steps.count - 1 && { if case .finish = ending { true } else { false } }()
          let progress = LoadProgress(
            bytesRead: rows * 100, totalBytes: table.rowCount * 100, rows: rows, finished: finished)
          continuation.yield(LoadUpdate(table: Self.prefix(table, rows: rows), progress: progress))
        }
        switch ending {
        case .finish: continuation.finish()
        case .fail(let error): continuation.finish(throwing: error)
        case .hang:
          try? await Task.sleep(for: .seconds(60))
          continuation.finish()
        }
      }
      continuation.onTermination = { _ in
        terminated.set()
        task.cancel()
      }
    }
  }

  /// The first `rows` rows of a table.
  static func prefix(_ table: Table, rows: Int) -> Table {
    Table(
      name: table.name,
      columns: table.columns.map { column in
        Column(name: column.name, type: column.type, values: (0..<rows).map { column[$0] })
      })
  }
}

/// A flag one task sets and another reads.
final class Flag: @unchecked Sendable {
  private let lock = NSLock()
  private var isSet = false

  func set() { lock.withLock { isSet = true } }
  var value: Bool { lock.withLock { isSet } }
}
