import AssayAnalysis
import AssayCharts
import AssayCore

/// Commands that open a chart from the table, and the chart screen's own.
enum ChartCommands {
  /// The table screen's commands that open a chart.
  static let opening: [Command] = [
    Command(id: "chart-column", help: "chart the current column: histogram of numbers, bars of categories") {
      openColumnChart(&$0)
    },
    Command(
      id: "chart-scatter",
      help: "scatter plot: x the current column, y the column named (Enter: next numeric); a line over dates",
      prompt: "scatter y column (Enter: next numeric): "
    ) { state, input in openScatter(&state, yName: input) },
  ]

  /// The chart screen's commands.
  static let all: [Command] = [
    Command(
      id: "chart-cycle-canvas", help: "draw on the next canvas: braille, block, half block, ascii, density"
    ) {
      change(&$0) { spec, _ in spec.canvas = Cycle.next(after: spec.canvas, in: CanvasKind.allCases) }
    },
    Command(id: "chart-fewer-bins", help: "histogram: fewer bins") { state in
      changeHistogram(&state) { spec, bins in spec.binRule = .count(ChartBins.fewer(than: bins)) }
    },
    Command(id: "chart-more-bins", help: "histogram: more bins") { state in
      changeHistogram(&state) { spec, bins in spec.binRule = .count(ChartBins.more(than: bins)) }
    },
    Command(
      id: "chart-cycle-bin-rule", help: "histogram: next bin rule (Freedman–Diaconis, Sturges, a count)"
    ) {
      changeHistogram(&$0) { spec, bins in spec.binRule = ChartBins.rule(after: spec.binRule, bins: bins) }
    },
    Command(id: "chart-log-scale", help: "histogram: counts on a log scale (again: linear)") {
      changeHistogram(&$0) { spec, _ in spec.logScale.toggle() }
    },
    Command(id: "chart-vertical", help: "histogram: upright bars (again: a row per bin)") {
      changeHistogram(&$0) { spec, _ in spec.vertical.toggle() }
    },
    Command(id: "chart-cycle-colour", help: "scatter: colour by the next text column (after the last: off)") {
      cycleColour(&$0)
    },
    Command(
      id: "chart-cycle-period", help: "line over dates: resample by day, week, month, quarter, year, off"
    ) {
      changeLineOverTime(&$0) { spec in spec.every = Cycle.next(after: spec.every, in: ChartPeriods.cycle) }
    },
    Command(
      id: "chart-cycle-resampling", help: "resampled line: combine by mean, sum, count, min, max, median"
    ) {
      changeLineOverTime(&$0) { spec in
        spec.resampling = Cycle.next(after: spec.resampling, in: ResampleAggregate.allCases)
      }
    },
  ]

  private static func openColumnChart(_ state: inout AppState) -> [Effect] {
    let table = state.sheet.storedTable
    guard table.columns.indices.contains(state.sheet.cursorColumn) else { return [] }
    let column = table.columns[state.sheet.cursorColumn]
    let kind: ChartSpec.Kind = column.type.isNumeric || ChartPeriods.holdsTimes(column) ? .histogram : .bar
    return openChart(&state, spec: ChartSpec(kind: kind, x: column.name))
  }

  /// Shows a chart of the sheet's rows, drawn at once or by a job (`ChartRendering.refresh`). A
  /// sorted sheet's rows are put in their order first, by a job (with progress; Ctrl-C stops it)
  /// that also makes the first drawing. A chart whose first drawing fails is not shown
  /// (`ChartRendering.open`).
  private static func openChart(_ state: inout AppState, spec: ChartSpec) -> [Effect] {
    let sheet = state.sheet
    guard sheet.rowOrder != nil else {
      var chart = ChartScreen(spec: spec, table: sheet.storedTable, aggregates: state.sheetAggregates)
      let effects = ChartRendering.refresh(&chart, size: state.size)
      ChartRendering.open(chart, in: &state)
      return effects
    }
    let key = ChartDrawing.Key(spec: spec, size: ChartRendering.area(state.size))
    let job = Job(title: "ordering \(NumberFormatting.grouped(sheet.rowCount)) rows to chart") { monitor in
      monitor.expect(rows: sheet.rowCount * sheet.columnCount)
      var chart = ChartScreen(spec: spec, table: try sheet.table(monitor: monitor))
      if key.size.width > 0, key.size.height > 0 {
        chart.drawing = ChartDrawing.make(key, table: chart.table, aggregates: chart.aggregates)
      }
      return { [chart] state in ChartRendering.open(chart, in: &state) }
    }
    return [.startJob(job)]
  }

  private static func openScatter(_ state: inout AppState, yName: String) -> [Effect] {
    let table = state.sheet.storedTable
    let current = state.sheet.cursorColumn
    guard table.columns.indices.contains(current) else { return [] }
    let typed = yName.trimmingCharacters(in: .whitespaces)
    let numeric = table.columns.indices.filter { table.columns[$0].type.isNumeric }
    let next = numeric.first { $0 > current } ?? numeric.first { $0 != current }
    guard let y = typed.isEmpty ? next.map({ table.columns[$0].name }) : typed else {
      state.message = StatusMessage("a scatter plot needs a second numeric column", isError: true)
      return []
    }
    guard table.column(named: y) != nil else {
      state.message = StatusMessage(
        "no column named '\(y)'; columns are: " + table.columnNames.joined(separator: ", "), isError: true)
      return []
    }
    let x = table.columns[current]
    let kind: ChartSpec.Kind = ChartPeriods.holdsTimes(x) ? .line : .scatter
    return openChart(&state, spec: ChartSpec(kind: kind, x: x.name, y: [y]))
  }

  /// Applies `edit` to the spec of the chart on top; gives it the histogram's current bin count.
  private static func change(_ state: inout AppState, _ edit: (inout ChartSpec, Int) -> Void) -> [Effect] {
    guard var chart = state.screen as? ChartScreen else { return [] }
    edit(&chart.spec, chart.drawing?.binCount ?? ChartBins.fallback)
    state.screen = chart
    return []
  }

  /// Like `change`, for the keys that only histograms have; other charts say so.
  private static func changeHistogram(_ state: inout AppState, _ edit: (inout ChartSpec, Int) -> Void)
    -> [Effect]
  {
    guard let chart = state.screen as? ChartScreen, chart.spec.kind == .histogram else {
      state.message = StatusMessage(
        "bins, log scale and direction are histogram keys (. on a numeric column)")
      return []
    }
    return change(&state, edit)
  }

  /// Like `change`, for the keys that only lines over dates have; other charts say so.
  private static func changeLineOverTime(_ state: inout AppState, _ edit: (inout ChartSpec) -> Void)
    -> [Effect]
  {
    guard let chart = state.screen as? ChartScreen, chart.spec.kind == .line,
      let x = chart.spec.x.flatMap(chart.table.column(named:)), ChartPeriods.holdsTimes(x)
    else {
      state.message = StatusMessage("resampling keys are for lines over dates (S on a date column opens one)")
      return []
    }
    return change(&state) { spec, _ in edit(&spec) }
  }

  private static func cycleColour(_ state: inout AppState) -> [Effect] {
    guard let chart = state.screen as? ChartScreen else { return [] }
    guard chart.spec.kind == .scatter || chart.spec.kind == .line else {
      state.message = StatusMessage("colours split scatter plots and lines only (S opens one)")
      return []
    }
    let choices: [String?] = [nil] + chart.colourColumns.map { Optional($0) }
    guard choices.count > 1 else {
      state.message = StatusMessage("no text column to colour by")
      return []
    }
    return change(&state) { spec, _ in spec.colorBy = Cycle.next(after: spec.colorBy, in: choices) }
  }
}

/// The periods the resampling key steps through, and which columns hold times.
enum ChartPeriods {
  /// Off (the rows themselves), then day, week, month, quarter and year.
  static let cycle: [CalendarPeriod?] =
    [nil] + [.day, .week, .month, .quarter, .year].map { CalendarPeriod($0) }

  /// True when the column's values are instants on a calendar axis (dates).
  static func holdsTimes(_ column: Column) -> Bool {
    if case .time = AxisKind(column.type) { return true }
    return false
  }
}

/// How the bin keys step: by about half again, never below one bin or above the histogram's limit.
enum ChartBins {
  /// The count used when no histogram has been drawn yet.
  static let fallback = 10

  /// About two thirds of `bins`, at least one.
  static func fewer(than bins: Int) -> Int { max(1, Int((Double(bins) / 1.5).rounded())) }

  /// About half again as many as `bins`, at least one more, at most `Histogram.maximumBinCount`.
  static func more(than bins: Int) -> Int {
    min(Histogram.maximumBinCount, max(bins + 1, Int((Double(bins) * 1.5).rounded())))
  }

  /// Freedman–Diaconis, then Sturges, then the count shown, then Freedman–Diaconis again.
  static func rule(after rule: BinRule, bins: Int) -> BinRule {
    switch rule {
    case .freedmanDiaconis: return .sturges
    case .sturges: return .count(bins)
    case .count, .width: return .freedmanDiaconis
    }
  }
}
