import AssayCore
import Testing

@testable import AssayOffice

/// Loading a sheet as a table source: updates that end with the whole table, and a stop that stops it.
@Suite("loading a sheet") struct SheetLoadTests {
  /// The Sales sheet of the corpus workbook.
  static func sales() throws -> SheetSource {
    try Workbook(path: WorkbookFixtures.path("corpus.xlsx"), name: "corpus.xlsx").sheet(named: "Sales")
  }

  @Test func theLastUpdateIsTheFinishedTable() async throws {
    var last: LoadUpdate?
    for try await update in try Self.sales().load() { last = update }
    let update = try #require(last)
    #expect(update.progress.finished)
    #expect(update.table.rowCount == 6)
    #expect(update.table.name == "corpus.xlsx?sheet=Sales")
    #expect(update.progress.bytesRead == update.progress.totalBytes)
  }

  @Test func aStoppedLoadEndsWithoutATable() throws {
    let monitor = WorkMonitor()
    monitor.stop()
    #expect(throws: CancellationError.self) { try Self.sales().read(monitor: monitor) }
  }
}
