import AssayAnalysis
import AssayCore
import AssayGrid
import AssayTestSupport
import Foundation
import Synchronization
import Testing

@testable import AssayUI

@Suite struct ProjectionScreenTests {
  /// The screen as golden text.
  private func golden(_ state: AppState) -> String {
    Fixtures.screen(state).joined(separator: "\n") + "\n"
  }

  @Test func pOpensPCAOfTheNumericColumnsColouredBySpecies() throws {
    var state = ProjectionFixtures.state()
    Fixtures.press([.character("P")], on: &state)
    let projection = try #require(ProjectionFixtures.projection(state))
    #expect(projection.method == .pca && projection.colorBy == "species")
    #expect(projection.columns == ["sepal_length", "sepal_width", "petal_length", "petal_width"])
    let screen = Fixtures.screen(state)
    #expect(screen[0].contains("PCA of iris.csv"))
    #expect(
      screen.contains { $0.contains("setosa") && $0.contains("versicolor") && $0.contains("virginica") })
    #expect(screen.contains { $0.contains("PCA of 4 columns, standardised") })
    #expect(screen[23].contains("iris.csv › projection  PCA · colour: species"))
    assertGolden(golden(state), named: "projection-pca-iris-80x24.txt")
  }

  @Test func oCyclesTheColourAndOff() throws {
    var state = ProjectionFixtures.state()
    Fixtures.press([.character("P"), .character("o")], on: &state)
    #expect(ProjectionFixtures.projection(state)?.colorBy == nil)
    let screen = Fixtures.screen(state)
    #expect(!screen.contains { $0.contains("setosa") })
    #expect(screen[23].contains("colour: off"))
    assertGolden(golden(state), named: "projection-pca-iris-no-colour-80x24.txt")
    Fixtures.press([.character("o")], on: &state)
    #expect(ProjectionFixtures.projection(state)?.colorBy == "species")
  }

  @Test func theCrosshairShowsTheNearestRowAndEnterGoesToIt() throws {
    var state = ProjectionFixtures.state()
    Fixtures.press(
      [.character("P"), .character("l")] + Array(repeating: .character("h"), count: 20), on: &state)
    let projection = try #require(ProjectionFixtures.projection(state))
    let cursor = try #require(projection.cursor)
    let picture = try #require(ProjectionRendering.picture(projection, size: state.size))
    let point = try #require(picture.nearest(to: cursor))
    let row = picture.points.row(of: point)
    let info = Fixtures.screen(state)[22]
    #expect(info.hasPrefix("row \(row + 1) · setosa · sepal_length "), "\(info)")
    let grid = view(state: state, size: state.size)
    #expect(grid[x: picture.placement.x + cursor.x, y: picture.placement.y + cursor.y].style.role == .cursor)
    assertGolden(golden(state), named: "projection-pca-iris-crosshair-80x24.txt")
    Fixtures.press([.enter], on: &state)
    #expect(state.screen == nil)
    #expect(state.sheet.cursorRow == row)
    #expect(state.message?.text == "row \(row + 1): the point nearest the crosshair")
  }

  @Test func onASortedSheetTheNearestRowIsTheSheetsRow() throws {
    var state = ProjectionFixtures.state()
    Fixtures.press([.character("]")], on: &state)
    let order = try #require(state.sheet.rowOrder)
    Fixtures.press(
      [.character("P"), .character("l")] + Array(repeating: .character("h"), count: 20), on: &state)
    let projection = try #require(ProjectionFixtures.projection(state))
    #expect(projection.table.rowCount == order.count, "projects the stored rows, copying nothing")
    let picture = try #require(ProjectionRendering.picture(projection, size: state.size))
    let cursor = try #require(projection.cursor)
    let stored = picture.points.row(of: try #require(picture.nearest(to: cursor)))
    let sheetRow = try #require(order.firstIndex(of: stored))
    #expect(sheetRow != stored, "the sort moved this row")
    #expect(Fixtures.screen(state)[22].hasPrefix("row \(sheetRow + 1) · "), "\(Fixtures.screen(state)[22])")
    Fixtures.press([.enter], on: &state)
    #expect(state.sheet.cursorRow == sheetRow)
    #expect(state.sheet.value(row: sheetRow, column: 0) == projection.table.columns[0][stored])
  }

  @Test func enterWithoutTheCrosshairSaysHowToShowIt() throws {
    var state = ProjectionFixtures.state()
    Fixtures.press([.character("P"), .enter], on: &state)
    #expect(ProjectionFixtures.projection(state) != nil)
    #expect(state.message?.text == "move the crosshair onto a point first (arrow keys or hjkl)")
  }

  @Test func tSNERunsAsAJobWhosePictureChangesAsItConverges() throws {
    var state = ProjectionFixtures.state()
    Fixtures.press([.character("P")], on: &state)
    let pca = Fixtures.screen(state)
    let job = try #require(ProjectionFixtures.job(in: update(state: &state, event: .key(.character("t")))))
    state.job = job.title
    #expect(job.title == "t-SNE of 150 rows")
    let running = state
    let pictures = Mutex<[[String]]>([])
    let monitor = WorkMonitor { _ in
      let lines = Fixtures.screen(running)
      pictures.withLock { $0.append(lines) }
    }
    let result = Result { try job.work(monitor) }
    let seen = pictures.withLock { $0 }
    try #require(seen.count >= 20)
    #expect(seen[0][23].contains("t-SNE ▕░░░░░░░░░░▏ 10/1000 KL "), "\(seen[0][23])")
    #expect(seen[9][23].contains("t-SNE ▕█░░░░░░░░░▏ 100/1000 KL "), "\(seen[9][23])")
    #expect(seen[0][0].contains("t-SNE of iris.csv"))
    #expect(Set(seen.map { $0[1...20].joined() }).count > 10, "the picture moves")
    Job.apply(result.map { $0 }, to: &state)
    let done = Fixtures.screen(state)
    let points = try #require(ProjectionFixtures.projection(state)?.points)
    #expect(points.method == .tsne && points.count == 150)
    #expect(done[23].contains("t-SNE KL "), "\(done[23])")
    #expect(done.contains { $0.contains("perplexity 30, seed 0") })
    #expect(done[1...20] != pca[1...20])
    Fixtures.press([.character("t")], on: &state)
    #expect(ProjectionFixtures.projection(state)?.points?.method == .pca)
  }

  @Test func pcaOfALargeTableRunsAsAJob() throws {
    let rows = 100_001
    var state = AppState(table: ScreenFixtures.measurements(rows: rows), size: Size(width: 80, height: 24))
    let job = try #require(ProjectionFixtures.job(in: update(state: &state, event: .key(.character("P")))))
    state.job = job.title
    #expect(job.title == "PCA of 100,001 rows")
    #expect(Fixtures.screen(state)[0].hasPrefix("computing PCA of 100,001 rows…"))
    job.runNow(on: &state)
    #expect(ProjectionFixtures.projection(state)?.points?.count == rows)
    #expect(Fixtures.screen(state).contains { $0.contains("100,001 points") })
  }

  /// A table of `rows` rows of `columns` int columns c0, c1, … of random digits.
  private func digits(rows: Int, columns: Int) -> Table {
    var random = SeededRandom(seed: 3)
    return Table(
      name: "wide.csv",
      columns: (0..<columns).map { c in
        Column(
          name: "c\(c)", type: .int,
          values: (0..<rows).map { _ in .int(Int64(random.nextGaussian(mean: 0, standardDeviation: 1e6))) })
      })
  }

  @Test func pcaOfAWideTableRunsAsAJobShowingItsProgress() throws {
    var state = AppState(table: digits(rows: 50, columns: 120), size: Size(width: 80, height: 24))
    let job = try #require(ProjectionFixtures.job(in: update(state: &state, event: .key(.character("P")))))
    state.job = job.title
    let screen = Fixtures.screen(state)
    #expect(screen[0].hasPrefix("computing PCA of 50 rows…"))
    #expect(screen[23].hasSuffix("PCA of 50 rows…  Ctrl-C stops"), "\(screen[23])")
    let shares = Mutex<[Double]>([])
    let monitor = WorkMonitor { monitor in shares.withLock { $0.append(monitor.fractionDone ?? -1) } }
    let result = Result { try job.work(monitor) }
    let seen = shares.withLock { $0 }
    #expect(seen.count > 100 && seen == seen.sorted() && seen.last == 1)
    #expect(seen.contains { $0 > 0.3 && $0 < 0.7 }, "progress shows midway")
    Job.apply(result, to: &state)
    #expect(Fixtures.screen(state).contains { $0.contains("PCA of 120 columns, standardised") })
  }

  @Test func ctrlCStopsAWidePCAWithinAStep() throws {
    let table = digits(rows: 50, columns: 120)
    var state = AppState(table: table, size: Size(width: 80, height: 24))
    let job = try #require(ProjectionFixtures.job(in: update(state: &state, event: .key(.character("P")))))
    state.job = job.title
    let request = ProjectionRequest(method: .pca, columns: table.columns.map(\.name), number: 1)
    let step = Double(WorkMonitor.checkInterval) / Double(PCA.work(rows: 50, columns: 120))
    for share in [0.1, 0.5, 0.9] {
      let monitor = WorkMonitor { if ($0.fractionDone ?? 0) >= share { $0.stop() } }
      #expect(throws: CancellationError.self) { try ProjectionCompute.pca(table, request, monitor: monitor) }
      #expect(
        (monitor.fractionDone ?? 1) < share + step, "stopped at \(share) after \(monitor.fractionDone ?? 1)")
    }
    #expect(update(state: &state, event: .key(.ctrl("c"))) == [.cancelJob])
    #expect(state.job == nil && ProjectionFixtures.projection(state)?.points == nil)
    let screen = Fixtures.screen(state)
    #expect(screen[0].hasPrefix("not projected: stopped"))
    #expect(screen[23].hasSuffix("PCA stopped"), "\(screen[23])")
  }

  @Test func ctrlCStopsTSNEKeepingItsPictureAndQCancelsIt() throws {
    var state = ProjectionFixtures.state()
    Fixtures.press([.character("P")], on: &state)
    let job = try #require(ProjectionFixtures.job(in: update(state: &state, event: .key(.character("t")))))
    state.job = job.title
    let monitor = WorkMonitor { if $0.rowsDone >= 200 { $0.stop() } }
    _ = try job.work(monitor)
    #expect(update(state: &state, event: .key(.ctrl("c"))) == [.cancelJob])
    let points = try #require(ProjectionFixtures.projection(state)?.points)
    #expect(points.method == .tsne && points.summary == "stopped at iteration 200")
    #expect(state.job == nil)
    #expect(Fixtures.screen(state)[23].contains("t-SNE stopped at iteration 200"))
    Fixtures.press([.character("t")], on: &state)
    #expect(ProjectionFixtures.projection(state)?.points?.method == .pca)
    let restart = try #require(
      ProjectionFixtures.job(in: update(state: &state, event: .key(.character("t")))))
    state.job = restart.title
    #expect(update(state: &state, event: .key(.character("q"))) == [.cancelJob])
    #expect(state.screen == nil && state.job == nil)
  }

  @Test func theColumnChooserMarksAndAppliesColumns() throws {
    var state = ProjectionFixtures.state()
    Fixtures.press([.character("P"), .character("C")], on: &state)
    #expect(Fixtures.screen(state)[1].contains("[x] sepal_length "))
    #expect(state.activeKeymap == .columnChooser)
    Fixtures.press([.character(" "), .character("j"), .character(" "), .enter], on: &state)
    var projection = try #require(ProjectionFixtures.projection(state))
    #expect(projection.columns == ["petal_length", "petal_width"] && projection.chooser == nil)
    #expect(Fixtures.screen(state).contains { $0.contains("PCA of 2 columns") })
    Fixtures.press(
      [
        .character("C"), .character("j"), .character("j"), .character(" "), .character("j"), .character(" "),
        .enter,
      ],
      on: &state)
    #expect(state.message?.text == "mark at least one column with Space (Esc keeps the columns)")
    Fixtures.press([.escape], on: &state)
    projection = try #require(ProjectionFixtures.projection(state))
    #expect(projection.columns == ["petal_length", "petal_width"] && projection.chooser == nil)
  }

  @Test(arguments: [
    ([("a", [1, 2, 3, 4]), ("k", [5, 5, 5, 5])], "constant: k"),
    ([("a", [2, 2, 2, 2]), ("k", [5, 5, 5, 5])], "cannot project: every chosen column is constant"),
    (
      [("a", [1, nil, nil, nil]), ("b", [2, nil, nil, nil])],
      "cannot project: 2 components need at least 2 rows"
    ),
    ([("a", [1, 2, 3, 4])], "cannot project: 2 components asked of 1 column"),
    (
      [("a", [nil, nil, nil, nil])] as [(String, [Double?])],
      "cannot project: no numeric column with values to project ('a' is empty in every row)"
    ),
  ])
  func badInputsGiveAMessageOnTheScreen(columns: [(String, [Double?])], message: String) throws {
    let table = ProjectionFixtures.table(columns, kinds: ["x", "x", "x", "x"])
    var state = AppState(table: table, size: Size(width: 80, height: 24))
    Fixtures.press([.character("P")], on: &state)
    let screen = Fixtures.screen(state)
    let text = screen.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    #expect(text.contains(message), "\(screen)")
    #expect(!screen.joined().contains("nan"))
    Fixtures.press([.character("t")], on: &state)
    #expect(ProjectionFixtures.projection(state) != nil)
  }

  @Test func aSingleClassIsOneLegendEntry() throws {
    let table = ProjectionFixtures.table(
      [("a", [1, 2, 3, 4]), ("b", [4, 1, 3, 2])], kinds: ["x", "x", "x", "x"])
    var state = AppState(table: table, size: Size(width: 60, height: 20))
    Fixtures.press([.character("P")], on: &state)
    #expect(Fixtures.screen(state)[1].hasPrefix("● x"))
  }

  @Test(arguments: [Size(width: 40, height: 10), Size(width: 20, height: 4), Size(width: 1, height: 1)])
  func smallTerminalsDrawWithoutGarbage(size: Size) throws {
    var state = ProjectionFixtures.state()
    Fixtures.press([.character("P"), .character("j"), .character("C")], on: &state)
    _ = update(state: &state, event: .resize(size))
    let lines = Fixtures.screen(state)
    #expect(lines.count == size.height)
    #expect(lines.allSatisfy { DisplayWidth.of($0) == size.width })
    Fixtures.press([.escape, .character("j")], on: &state)
    #expect(Fixtures.screen(state).allSatisfy { DisplayWidth.of($0) == size.width })
  }

  @Test func resizeRedrawsAtTheNewSize() throws {
    var state = ProjectionFixtures.state()
    Fixtures.press([.character("P")], on: &state)
    _ = update(state: &state, event: .resize(Size(width: 40, height: 10)))
    #expect(ProjectionFixtures.projection(state)?.drawing?.key.size == Size(width: 40, height: 8))
    assertGolden(golden(state), named: "projection-pca-iris-40x10.txt")
  }

  @Test func helpListsTheProjectionKeys() throws {
    var state = ProjectionFixtures.state()
    Fixtures.press([.character("?")], on: &state)
    let help = state.sheet.table
    #expect(
      (0..<help.rowCount).contains {
        help.columns[0][$0] == .string("P") && help.columns[1][$0] == .string("project-columns")
      })
    Fixtures.press([.character("q"), .character("P"), .character("?")], on: &state)
    let keys = Fixtures.screen(state)
    #expect(keys.contains { $0.hasPrefix("t ") && $0.contains("projection-toggle-method") })
    #expect(keys.contains { $0.contains("projection-go-to-row") })
  }

  @Test(arguments: ProjectionScreen.commands.map(\.id))
  func everyProjectionCommandRunsOnAnyTable(id: String) throws {
    let command = try #require(CommandRegistry.command(id: id))
    let tables = [
      ProjectionFixtures.iris, Fixtures.fruit, Fixtures.numbers(rows: 0, columns: 2),
      Table(name: "none", columns: []),
    ]
    for table in tables {
      var state = AppState(table: table, size: Size(width: 40, height: 10))
      Fixtures.press([.character("P"), .character("j"), .character("C"), .escape], on: &state)
      _ = Job.runAll(command.run(&state, ""), on: &state)
      _ = update(state: &state, event: .resize(state.size))
      let lines = Fixtures.screen(state)
      #expect(lines.count == 10 && lines.allSatisfy { DisplayWidth.of($0) == 40 })
      #expect(state.sheet.cursorRow >= 0 && state.sheet.cursorRow < max(1, state.sheet.table.rowCount))
    }
  }
}
