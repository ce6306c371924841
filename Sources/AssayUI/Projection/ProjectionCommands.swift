import AssayAnalysis
import AssayCharts
import AssayCore

/// The command that opens the projection screen from a table, and the projection screen's own.
enum ProjectionCommands {
  /// A PCA with more steps of work than this (`PCA.work`: about 100,000 rows of two columns, or
  /// 200 rows of 55 columns) runs as a job.
  static let pcaWorkAtOnce = 500_000

  /// The table screen's command that opens the projection.
  static let opening: [Command] = [
    Command(
      id: "project-columns",
      help: "project the numeric columns (PCA, t-SNE), coloured by the current text column"
    ) { openProjection(&$0) }
  ]

  /// The projection screen's commands.
  static let all: [Command] = [
    Command(
      id: "projection-toggle-method", help: "switch between PCA and t-SNE (t-SNE runs in the background)"
    ) {
      state in
      change(&state) { $0.method = $0.method == .pca ? .tsne : .pca }
    },
    Command(
      id: "projection-cycle-colour", help: "colour by the next column with few values (after the last: off)"
    ) {
      cycleColour(&$0)
    },
    Command(
      id: "projection-choose-columns", help: "choose the columns projected (Space marks, Enter applies)"
    ) {
      state in
      edit(&state) { $0.chooser = ColumnChooser(choices: $0.numericColumns, chosen: $0.columns) }
    },
    Command(id: "projection-stop", help: "stop a running PCA, or a t-SNE keeping its current picture") {
      stop(&$0)
    },
    Command(id: "projection-cursor-left", help: "move the crosshair left") { moveCursor(&$0, x: -1, y: 0) },
    Command(id: "projection-cursor-right", help: "move the crosshair right") { moveCursor(&$0, x: 1, y: 0) },
    Command(id: "projection-cursor-up", help: "move the crosshair up") { moveCursor(&$0, x: 0, y: -1) },
    Command(id: "projection-cursor-down", help: "move the crosshair down") { moveCursor(&$0, x: 0, y: 1) },
    Command(id: "projection-go-to-row", help: "back to the table, on the row nearest the crosshair") {
      goToRow(&$0)
    },
  ]

  /// The column chooser's commands.
  static let chooser: [Command] = [
    Command(id: "chooser-down", help: "highlight the next column") { state in
      edit(&state) { $0.chooser?.move(1) }
    },
    Command(id: "chooser-up", help: "highlight the previous column") { state in
      edit(&state) { $0.chooser?.move(-1) }
    },
    Command(id: "chooser-toggle", help: "mark or unmark the highlighted column") { state in
      edit(&state) { $0.chooser?.toggle() }
    },
    Command(id: "chooser-apply", help: "project the marked columns") { applyChooser(&$0) },
    Command(id: "chooser-cancel", help: "close the list, keeping the columns projected") { state in
      edit(&state) { $0.chooser = nil }
    },
  ]

  private static func openProjection(_ state: inout AppState) -> [Effect] {
    let sheet = state.sheet
    let columns = sheet.storedTable.columns
    let current = columns.indices.contains(sheet.cursorColumn) ? columns[sheet.cursorColumn].name : nil
    var sheetRows: [Int]?
    if let order = sheet.rowOrder, order.count == sheet.storedTable.rowCount {
      var inverse = [Int](repeating: 0, count: order.count)
      for (sheetRow, storedRow) in order.enumerated() { inverse[storedRow] = sheetRow }
      sheetRows = inverse
    }
    let table = sheetRows == nil ? sheet.table : sheet.storedTable
    let aggregates = state.sheetAggregates
    state.push(ProjectionScreen(table: table, sheetRows: sheetRows, current: current, aggregates: aggregates))
    return start(&state)
  }

  /// Applies `change` to the projection on top and brings its drawing up to date.
  private static func edit(_ state: inout AppState, _ change: (inout ProjectionScreen) -> Void) -> [Effect] {
    guard var projection = state.screen as? ProjectionScreen else { return [] }
    change(&projection)
    let effects = projection.refresh(size: state.size)
    state.screen = projection
    return effects
  }

  /// Applies `change` to the projection's settings and computes it again.
  private static func change(_ state: inout AppState, _ change: (inout ProjectionScreen) -> Void) -> [Effect]
  {
    _ = edit(&state, change)
    return start(&state)
  }

  /// Computes the projection on top for its settings: small PCAs at once, the rest as a job.
  private static func start(_ state: inout AppState) -> [Effect] {
    guard var projection = state.screen as? ProjectionScreen else { return [] }
    projection.requests += 1
    let request = ProjectionRequest(
      method: projection.method, columns: projection.columns, number: projection.requests)
    let table = projection.table, aggregates = projection.aggregates
    projection.pending = request
    projection.failure = nil
    projection.watch = nil
    state.screen = projection
    switch request.method {
    case .pca:
      let pca = { @Sendable (monitor: WorkMonitor) in
        Result { try ProjectionCompute.pca(table, request, monitor: monitor) }
      }
      guard PCA.work(rows: table.rowCount, columns: request.columns.count) > pcaWorkAtOnce else {
        accept(pca(WorkMonitor()), for: request, into: &state)
        return []
      }
      let job = Job(title: "PCA of \(NumberFormatting.grouped(table.rowCount)) rows") { monitor in
        let result = pca(monitor)
        return { accept(result, for: request, into: &$0) }
      }
      return [.startJob(job)]
    case .tsne:
      let watch = ProjectionWatch()
      projection.watch = watch
      state.screen = projection
      let job = Job(title: "t-SNE of \(NumberFormatting.grouped(table.rowCount)) rows") { monitor in
        let result = Result {
          try ProjectionCompute.tsne(table, request, aggregates: aggregates, watch: watch, monitor: monitor)
        }
        return { accept(result, for: request, into: &$0) }
      }
      return [.startJob(job)]
    }
  }

  /// Shows a projection's result (or why it failed), unless the screen has left or asked for another.
  private static func accept(
    _ result: Result<ProjectedPoints, any Error>, for request: ProjectionRequest, into state: inout AppState
  ) {
    guard var projection = state.screen as? ProjectionScreen, projection.pending == request else { return }
    projection.pending = nil
    projection.watch = nil
    switch result {
    case .success(let points):
      projection.points = points
      projection.failure = nil
    case .failure where request.columns.isEmpty:
      projection.failure = "no numeric column with values to project" + emptyColumnsNote(projection.table)
    case .failure(let error as AssayError):
      projection.failure = error.message
    case .failure(let error):
      projection.failure = String(describing: error)
    }
    _ = projection.refresh(size: state.size)
    state.screen = projection
  }

  /// ` ('a', 'b' are empty in every row)` for the table's all-null numeric columns, if any.
  private static func emptyColumnsNote(_ table: Table) -> String {
    let empty = table.columns.filter { $0.type.isNumeric && $0.count > 0 && $0.nullCount == $0.count }
    guard !empty.isEmpty else { return "" }
    let names = empty.map { "'\(SafeText.visible($0.name))'" }.joined(separator: ", ")
    return " (\(names) \(empty.count == 1 ? "is" : "are") empty in every row)"
  }

  private static func cycleColour(_ state: inout AppState) -> [Effect] {
    guard let projection = state.screen as? ProjectionScreen else { return [] }
    let choices: [String?] = [nil] + projection.colourColumns.map { Optional($0) }
    guard choices.count > 1 else {
      state.message = StatusMessage(
        "no column to colour by: text, true/false or int with at most \(ProjectionScreen.colourClassLimit) values"
      )
      return []
    }
    return edit(&state) { $0.colorBy = Cycle.next(after: $0.colorBy, in: choices) }
  }

  private static func applyChooser(_ state: inout AppState) -> [Effect] {
    guard let projection = state.screen as? ProjectionScreen, let chooser = projection.chooser else {
      return []
    }
    guard !chooser.chosen.isEmpty else {
      state.message = StatusMessage(
        "mark at least one column with Space (Esc keeps the columns)", isError: true)
      return []
    }
    return change(&state) {
      $0.columns = chooser.chosen
      $0.chooser = nil
    }
  }

  /// Stops a running PCA, or a running t-SNE keeping its latest picture.
  private static func stop(_ state: inout AppState) -> [Effect] {
    guard var projection = state.screen as? ProjectionScreen, projection.pending != nil, state.job != nil
    else {
      state.message = StatusMessage("nothing is running (q closes the projection)")
      return []
    }
    if let frame = projection.watch?.latest { projection.points = ProjectionCompute.stopped(frame) }
    projection.pending = nil
    projection.watch = nil
    state.screen = projection
    state.job = nil
    let early = projection.method == .pca ? "PCA stopped" : "stopped before the first picture"
    state.message = StatusMessage(projection.points == nil ? early : "stopped")
    return [.cancelJob]
  }

  /// Moves the crosshair by one cell; the first move shows it in the plot's middle.
  private static func moveCursor(_ state: inout AppState, x: Int, y: Int) -> [Effect] {
    guard let projection = state.screen as? ProjectionScreen,
      let placement = ProjectionRendering.picture(projection, size: state.size)?.placement
    else { return [] }
    return edit(&state) {
      let start = $0.cursor ?? PlotCell(x: placement.width / 2 - x, y: placement.height / 2 - y)
      $0.cursor = PlotCell(
        x: max(0, min(placement.width - 1, start.x + x)), y: max(0, min(placement.height - 1, start.y + y)))
    }
  }

  /// Pops the projection and puts the table's cursor on the row nearest the crosshair.
  private static func goToRow(_ state: inout AppState) -> [Effect] {
    guard let projection = state.screen as? ProjectionScreen else { return [] }
    guard let cursor = projection.cursor,
      let picture = ProjectionRendering.picture(projection, size: state.size),
      let point = picture.nearest(to: cursor)
    else {
      state.message = StatusMessage("move the crosshair onto a point first (arrow keys or hjkl)")
      return []
    }
    let row = projection.sheetRow(picture.points.row(of: point))
    let stopping: [Effect] = projection.pending != nil && state.job != nil ? [.cancelJob] : []
    if !stopping.isEmpty { state.job = nil }
    _ = state.pop()
    state.sheet.moveCursor(toRow: row)
    state.message = StatusMessage("row \(row + 1): the point nearest the crosshair")
    return stopping
  }
}
