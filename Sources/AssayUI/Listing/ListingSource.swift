import AssayCore

/// A collection's listing loaded like a table: each page of entries grows the listing sheet
/// (name, kind, size, modified, …), so a large listing shows progress and stops on Ctrl-C with
/// what arrived.
struct ListingSource: TableSource {
  /// The collection listed.
  let collection: any CollectionSource
  /// Where the listed entries are kept for Enter.
  let book: EntryBook
  /// The time between two snapshots of a listing still arriving: 100 ms per 10,000 entries listed
  /// (at least 100 ms), so rebuilding the listing's table never takes most of the time.
  static func snapshotInterval(entries: Int) -> Duration { .milliseconds(100 * max(1, entries / 10_000)) }

  var displayName: String { collection.displayName }

  func load() -> AsyncThrowingStream<LoadUpdate, Error> {
    AsyncThrowingStream { continuation in
      let task = Task {
        do {
          var entries: [CollectionEntry] = []
          var lastSnapshot = ContinuousClock.now
          for try await page in collection.list(ListScope()) {
            try Task.checkCancellation()
            entries += page
            book.add(page)
            if ContinuousClock.now - lastSnapshot >= Self.snapshotInterval(entries: entries.count) {
              continuation.yield(snapshot(entries, finished: false))
              lastSnapshot = ContinuousClock.now
            }
          }
          continuation.yield(snapshot(entries, finished: true))
          continuation.finish()
        } catch {
          continuation.finish(throwing: error)
        }
      }
      continuation.onTermination = { _ in task.cancel() }
    }
  }

  /// The listing so far as a table, with its count as the progress.
  private func snapshot(_ entries: [CollectionEntry], finished: Bool) -> LoadUpdate {
    LoadUpdate(
      table: .listing(entries, name: displayName),
      progress: LoadProgress(bytesRead: 0, totalBytes: nil, rows: entries.count, finished: finished))
  }
}
