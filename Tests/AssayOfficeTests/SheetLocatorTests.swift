import AssayCore
import Foundation
import Testing

/// `book.xlsx?sheet=Sales` names a sheet of a local workbook.
@Suite("a sheet's locator") struct SheetLocatorTests {
  @Test func aLocalFileTakesAQueryWhenNothingHasTheWholeName() {
    let book = WorkbookFixtures.path("corpus.xlsx")
    let located = SourceLocator(book + "?sheet=Q1%20Sales")
    #expect(located.path == book)
    #expect(located.query == ["sheet": "Q1 Sales"])
    let folder = SourceLocator(WorkbookFixtures.folder + "?sheet=x")
    #expect(
      folder.path == WorkbookFixtures.folder + "?sheet=x" && folder.query.isEmpty, "a folder takes none")
    let missing = SourceLocator(WorkbookFixtures.path("none.xlsx") + "?sheet=x")
    #expect(missing.query.isEmpty)
  }
}
