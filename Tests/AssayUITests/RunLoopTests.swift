import AssayCore
import Testing

@testable import AssayUI

@Suite struct RunLoopTests {
  private static let size = Size(width: 40, height: 8)

  /// A scripted terminal that waits long for screens: the whole test run shares two cores, and
  /// terminal sessions of other suites may hold the shared threads for a while.
  private static func script(_ steps: [InMemoryTerminal.Step]) -> InMemoryTerminal {
    InMemoryTerminal(size: size, steps: steps, waitLimitSeconds: 90)
  }

  @Test func loadsInTheBackgroundAndQuitsOnQ() async throws {
    let source = FakeSource(
      displayName: "fruit.csv", table: Fixtures.fruit, steps: [2, 4, 6], ending: .finish)
    let script = Self.script([
      .waitForScreen(containing: "row 1/6"), .event(.key(.character("G"))),
      .waitForScreen(containing: "row 6/6"), .event(.key(.character("q"))),
    ])
    let terminal = try await TUIApp.run(terminal: script, source: source)
    #expect(terminal.lastScreen == Fixtures.screen(Fixtures.stateAtLastRow()))
    #expect(terminal.frames.allSatisfy { $0.width == 40 && $0.height == 8 })
  }

  @Test func sortFilterAndFrequencyRunAsJobsInTheRunLoop() async throws {
    let source = FakeSource(displayName: "fruit.csv", table: Fixtures.fruit, steps: [6], ending: .finish)
    let typed = "ripe == true".map { InMemoryTerminal.Step.event(.key(.character($0))) }
    let script = Self.script(
      [
        .waitForScreen(containing: "row 1/6"), .event(.key(.character("$"))), .event(.key(.character("]"))),
        .waitForScreen(containing: "sorted by ripe ↓"), .event(.key(.character("="))),
      ] + typed + [
        .event(.key(.enter)), .waitForScreen(containing: "3 rows"), .event(.key(.character("$"))),
        .event(.key(.character("F"))),
        .waitForScreen(containing: "ripe frequency"), .event(.key(.character("q"))),
        .event(.key(.character("q"))),
        .event(.key(.character("q"))),
      ])
    let (terminal, state) = try await TUIApp.session(terminal: script, source: source)
    #expect(
      state.log.map(\.id) == [
        "go-last-column", "sort-descending", "filter", "go-last-column", "frequency-table", "quit-sheet",
        "quit-sheet", "quit-sheet",
      ])
    #expect(terminal.frames.contains { $0.plainLines()[1].hasPrefix("true     3     100        100 ████") })
    #expect(state.sheets.count == 1)
    #expect(state.sheet.sortKeys == [SortKey(column: 4, descending: true)])
  }

  @Test func aKeyTypedRightAfterASortRunsOnceTheSortEnds() async throws {
    let source = FakeSource(displayName: "fruit.csv", table: Fixtures.fruit, steps: [6], ending: .finish)
    let typed = "ripe == true".map { InMemoryTerminal.Step.event(.key(.character($0))) }
    let script = Self.script(
      [.waitForScreen(containing: "row 1/6"), .event(.key(.character("$"))), .event(.key(.character("]")))]
        + [.event(.key(.character("=")))] + typed + [
          .event(.key(.enter)), .waitForScreen(containing: "3 rows"), .event(.key(.character("q"))),
          .event(.key(.character("q"))),
        ])
    let (_, state) = try await TUIApp.session(terminal: script, source: source)
    #expect(
      state.log == [
        LoggedCommand(id: "go-last-column", input: ""), LoggedCommand(id: "sort-descending", input: ""),
        LoggedCommand(id: "filter", input: "ripe == true"), LoggedCommand(id: "quit-sheet", input: ""),
        LoggedCommand(id: "quit-sheet", input: ""),
      ])
  }

  @Test func ctrlCStopsTheLoadKeepingTheRowsThatArrived() async throws {
    let source = FakeSource(displayName: "fruit.csv", table: Fixtures.fruit, steps: [2, 4], ending: .hang)
    let script = Self.script([
      .waitForScreen(containing: "row 1/4"), .event(.key(.ctrl("c"))),
      .waitForScreen(containing: "load stopped at 4 rows"), .event(.key(.character("q"))),
    ])
    let terminal = try await TUIApp.run(terminal: script, source: source)
    #expect(terminal.lastScreen[4] == " 4 date       3 2024-10-07 false        ")
    #expect(terminal.lastScreen[5].allSatisfy { $0 == " " })
    #expect(source.terminated.value)
  }

  @Test func aFailingLoadShowsItsErrorAndKeepsTheRows() async throws {
    let error = AssayError(message: "unclosed quote", location: SourceLocation(source: "f.csv", line: 3))
    let source = FakeSource(displayName: "f.csv", table: Fixtures.fruit, steps: [3], ending: .fail(error))
    let script = Self.script([.waitForScreen(containing: "unclosed quote"), .event(.key(.character("q")))])
    let terminal = try await TUIApp.run(terminal: script, source: source)
    let last = try #require(terminal.frames.last)
    #expect(last.plainLines()[7] == "row 1/3          f.csv:3: unclosed quote")
    #expect(last[x: 39, y: 7].style.role == .error)
    #expect(last.plainLines()[3].hasPrefix(" 3 cherry"))
  }

  @Test func resizeRedrawsAtTheNewSize() async throws {
    let source = FakeSource(displayName: "fruit.csv", table: Fixtures.fruit, steps: [6], ending: .finish)
    let script = Self.script([
      .waitForScreen(containing: "row 1/6"), .event(.resize(Size(width: 20, height: 5))),
      .waitForScreen(containing: "row 1/6"), .event(.key(.character("q"))),
    ])
    let terminal = try await TUIApp.run(terminal: script, source: source)
    #expect(
      terminal.lastScreen == [
        "id name       price ", " 1 apple        1.5 ", " 2 banana      0.25 ", " 3 cherry           ",
        "row 1/6  id (int)   ",
      ])
  }

  @Test func aScriptThatRunsOutEndsTheRunWithAnError() async {
    let source = FakeSource(displayName: "fruit.csv", table: Fixtures.fruit, steps: [6], ending: .finish)
    let script = InMemoryTerminal(size: Self.size, events: [.key(.down)])
    await #expect(throws: InMemoryTerminal.ScriptError.noMoreEvents) {
      try await TUIApp.run(terminal: script, source: source)
    }
  }
}

extension Fixtures {
  /// The fruit table fully loaded with the cursor on its last row.
  static func stateAtLastRow() -> AppState {
    var state = Fixtures.state()
    Fixtures.press([.character("G")], on: &state)
    return state
  }
}
