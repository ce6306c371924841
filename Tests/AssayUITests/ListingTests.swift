import AssayCore
import Testing

@testable import AssayUI

/// A collection held in memory: `fruit.csv` (a table), `inner` (a collection holding `deep.csv`)
/// and `pipe` (a FIFO, which opens to an error).
private struct ShelfCollection: CollectionSource {
  var displayName: String
  var entries: [CollectionEntry]

  static let top = ShelfCollection(
    displayName: "shelf/",
    entries: [
      CollectionEntry(name: "fruit.csv", locator: "fruit.csv", kind: .table, size: 120, isRegularFile: true),
      CollectionEntry(name: "inner", locator: "inner", kind: .folder),
      CollectionEntry(name: "pipe", locator: "pipe", kind: .fifo, size: 0),
    ])

  func list(_ scope: ListScope) -> AsyncThrowingStream<[CollectionEntry], Error> {
    AsyncThrowingStream { continuation in
      continuation.yield(Array(entries.prefix(1)))
      continuation.yield(Array(entries.dropFirst()))
      continuation.finish()
    }
  }

  func open(_ entry: CollectionEntry, options: SourceOptions) throws -> OpenedSource {
    switch entry.kind {
    case .folder:
      return .collection(
        ShelfCollection(
          displayName: "shelf/inner",
          entries: [CollectionEntry(name: "deep.csv", locator: "deep.csv", kind: .table, isRegularFile: true)]
        ))
    case .table:
      return .table(FakeSource(displayName: entry.name, table: Fixtures.fruit, steps: [6], ending: .finish))
    default: throw AssayError(message: "\(entry.name): \(entry.kind), not opened")
    }
  }
}

@Suite struct ListingTests {
  /// The listing of the shelf as the data sheet, loaded.
  private static func listingState() async -> AppState {
    let (sheet, request) = Listing.firstSheet(for: .collection(ShelfCollection.top))
    var state = AppState(sheet: sheet, size: Size(width: 50, height: 8))
    await request.runNow(on: &state)
    return state
  }

  /// Presses keys, then runs the load the last one asked for.
  private static func press(_ keys: [Key], on state: inout AppState) async -> [Effect] {
    let effects = Fixtures.press(keys, on: &state)
    for case .startLoad(let request) in effects { await request.runNow(on: &state) }
    return effects
  }

  @Test func aCollectionListsItsEntriesAsASheet() async {
    let state = await Self.listingState()
    #expect(
      Fixtures.screen(state).prefix(4) == [
        "name      kind   size modified rows link note     ",
        "fruit.csv table   120                             ",
        "inner     folder                                  ",
        "pipe      fifo      0                             ",
      ])
    #expect(Fixtures.screen(state)[7].hasPrefix("shelf  row 1/3  name (string)"))
  }

  @Test func enterOpensATableAboveTheListingAndQComesBack() async {
    var state = await Self.listingState()
    let effects = await Self.press([.enter], on: &state)
    guard case .startLoad(let request) = effects.first else {
      Issue.record("Enter asked for no load: \(effects)")
      return
    }
    #expect((request.source.displayName, request.sheet) == ("fruit.csv", 1))
    #expect(state.stackTitles == ["shelf", "fruit.csv"])
    #expect(state.sheet.rowCount == 6)
    #expect(state.load.phase == .finished)
    Fixtures.press([.character("q")], on: &state)
    #expect(state.stackTitles == ["shelf"])
  }

  @Test func enterOnAFolderListsItAndItsEntriesOpenInTurn() async {
    var state = await Self.listingState()
    _ = await Self.press([.down, .enter], on: &state)
    #expect(state.stackTitles == ["shelf", "inner"])
    #expect(Fixtures.screen(state)[1].hasPrefix("deep.csv table"))
    _ = await Self.press([.enter], on: &state)
    #expect(state.stackTitles == ["shelf", "inner", "deep.csv"])
    #expect(Fixtures.screen(state)[7].hasPrefix("shelf › inner › deep.csv  row 1/6"))
    Fixtures.press([.character("q"), .character("q")], on: &state)
    #expect(state.sheet.cursorRow == 1, "the listing's cursor stays where it was")
  }

  @Test func aSpecialEntrySaysWhatItIsAndOpensNothing() async {
    var state = await Self.listingState()
    let effects = await Self.press([.character("G"), .enter], on: &state)
    #expect(effects.isEmpty)
    #expect(state.stackTitles == ["shelf"])
    #expect(
      state.message == StatusMessage("pipe: a FIFO (named pipe), not opened (q here quits)", isError: true))
  }

  @Test func aFilterOfTheListingStillOpensEntries() async {
    var state = await Self.listingState()
    _ = update(state: &state, event: .key(.character("=")))
    for character in #"kind == "folder""# { _ = update(state: &state, event: .key(.character(character))) }
    _ = Job.runAll(update(state: &state, event: .key(.enter)), on: &state)
    #expect(state.sheet.rowCount == 1)
    _ = await Self.press([.enter], on: &state)
    #expect(state.stackTitles.last == "inner")
  }

  @Test func enterWhileTheListingArrivesStopsItAndOpensTheEntry() async {
    var state = await Self.listingState()
    _ = update(state: &state, load: .started(at: 0, sheet: 0))
    let effects = Fixtures.press([.enter], on: &state)
    guard case .startLoad(let request) = effects.first else {
      Issue.record("Enter asked for no load: \(effects)")
      return
    }
    #expect(request.sheet == 1)
    #expect(state.stackTitles == ["shelf", "fruit.csv"])
    _ = update(state: &state, load: .started(at: 0, sheet: 1))
    Fixtures.press([.character("q")], on: &state)
    #expect(state.sheet.rowCount == 3, "the listing keeps the entries that arrived")
  }

  @Test func qOnALoadingSheetStopsItsLoad() async {
    var state = await Self.listingState()
    state.push(Sheet(title: "big.csv", table: Fixtures.fruit))
    _ = update(state: &state, load: .started(at: 0, sheet: 1))
    #expect(Fixtures.press([.character("q")], on: &state) == [.cancelLoad])
    #expect(state.load.phase == .idle)
    #expect(state.stackTitles == ["shelf"])
  }
}
