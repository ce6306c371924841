import ArgumentParser
import AssayAnalysis
import AssayCharts
import AssayCore
import AssayGrid
import Foundation

extension CanvasKind: ExpressibleByArgument {
  /// The canvas a command-line word names (`half-block`, or the older `halfBlock`).
  public init?(argument: String) { self.init(name: argument) }
}
extension Aggregate: ExpressibleByArgument {}

/// Options that shape how any chart looks: canvas, title, axis names and border.
struct ChartStyleArguments: ParsableArguments {
  @Option(
    help: """
      What to draw with: braille, block, half-block, ascii or density \
      (default: braille, or ascii when the locale is not UTF-8).
      """)
  var canvas: CanvasKind?

  @Option(help: "A title above the chart (default: names the columns and the source).")
  var title: String?

  @Option(help: "The horizontal axis's name (default: the x column's name).")
  var xLabel: String?

  @Option(help: "The vertical axis's name (default: the y column's name).")
  var yLabel: String?

  @Flag(help: "Draw a box around the plot.")
  var border = false

  /// The canvas asked for, else braille where the locale speaks UTF-8 and ASCII elsewhere.
  func canvasKind(default preferred: CanvasKind = .braille) -> CanvasKind {
    canvas ?? (Self.localeIsUTF8 ? preferred : .ascii)
  }

  /// True unless a locale variable is set to something other than UTF-8.
  static var localeIsUTF8: Bool {
    let environment = ProcessInfo.processInfo.environment
    guard
      let locale = ["LC_ALL", "LC_CTYPE", "LANG"].compactMap({ environment[$0] }).first(where: { !$0.isEmpty }
      )
    else { return true }
    let lowered = locale.lowercased()
    return lowered.contains("utf-8") || lowered.contains("utf8")
  }

  /// A chart spec with these options: the canvas asked for (or the kind's default) and the words.
  func spec(_ kind: ChartSpec.Kind, x: String?, y: [String], defaultCanvas: CanvasKind = .braille)
    -> ChartSpec
  {
    let canvas = canvasKind(default: defaultCanvas)
    return ChartSpec(
      kind: kind, x: x, y: y, canvas: canvas,
      decorations: ChartDecorations(
        title: title, xLabel: xLabel, yLabel: yLabel, border: border, glyphs: canvas.glyphs))
  }
}

/// Loads a source and prints a chart of it, for every chart subcommand.
struct ChartPrinting {
  /// Loads the columns `spec` uses from `source`, draws it at the resolved size and writes it to
  /// `output`, then the SQL sent when `explain` asks. A database table's rows are read only when
  /// the chart draws them (`rowsNeeded`); a scatter of one draws the engine's seeded sample.
  static func print(
    _ spec: ChartSpec, source: SourceArguments, size: ChartSizeArguments, output: OutputArguments,
    explain: ExplainArguments
  ) async throws {
    let (width, height) = try size.resolved()
    try await reportingFailures {
      try await InterruptStop.run {
        let loaded = try await source.loadSource(columns: columns(of: spec)) { rowsNeeded(spec, $0) }
        defer { explain.report(loaded) }  // also when the summary fails
        var drawn = spec
        if !loaded.hasRows, drawn.kind == .scatter, drawn.sample == nil { drawn.sample = databaseSample }
        try output.emit(output.text(of: grid(drawn, loaded, width: width, height: height)))
      }
    }
  }

  /// Points a scatter of a database table draws at most when no --sample is given.
  static let databaseSample = 100_000

  /// Whether a chart draws the rows themselves, rather than summaries of them (histogram bins,
  /// boxes, 2-D bins) or a scatter's sample: lines and bars do, and a histogram of dates or times,
  /// counted in calendar bins.
  static func rowsNeeded(_ spec: ChartSpec, _ columns: Table) -> Bool {
    switch spec.kind {
    case .line, .bar: return true
    case .histogram: return spec.x.flatMap { columns.column(named: $0)?.type.isTime } ?? false
    case .scatter, .box, .heatmap: return false
    }
  }

  /// The chart of a loaded source, its bins and quartiles computed by its aggregates.
  static func grid(_ spec: ChartSpec, _ loaded: LoadedSource, width: Int, height: Int) throws -> Grid {
    try spec.render(loaded.table, aggregates: loaded.aggregates, width: width, height: height).grid
  }

  /// The columns a chart draws: x, every y and the colouring one.
  static func columns(of spec: ChartSpec) -> [String] {
    [spec.x].compactMap { $0 } + spec.y + [spec.colorBy].compactMap { $0 }
  }
}

/// The x column (with the aliases `--column`/`-c`) for charts that need one.
struct XColumnArgument: ParsableArguments {
  @Option(name: [.customShort("c"), .customLong("x"), .customLong("column")], help: "The column along x.")
  var x: String
}
