import ArgumentParser
import AssayAnalysis
import AssayCharts
import AssayCore
import AssayGrid
import Foundation

/// The options every projection shares: which columns, the label, standardising, the coordinates file.
struct ProjectArguments: ParsableArguments {
  @Option(help: "The numeric columns to project, comma-separated (default: every numeric column).")
  var columns: String?

  @Flag(help: "Project every int and double column but the --color-by one (the default).")
  var allNumeric = false

  @Option(help: "A label column whose classes colour the points, with a legend.")
  var colorBy: String?

  @Flag(help: "Project the raw values rather than z-scores (standardising is the default).")
  var noStandardize = false

  @Option(
    help: """
      Also write the projected coordinates to this CSV file (atomically): the source row number \
      (1 = first data row), a column per component, and the --color-by label.
      """)
  var outputCoordinates: String?

  /// The names given to --columns, trimmed; nil without the option.
  var namedColumns: [String]? {
    columns.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
  }

  /// The columns the source must load: those named and the label, or nil (every column) when
  /// the numeric columns are to be found in the table.
  var columnsToLoad: [String]? {
    guard !allNumeric, let names = namedColumns else { return nil }
    return names + (colorBy.map { [$0] } ?? [])
  }

  /// The projection these options ask for, by `method`.
  func spec(_ method: ProjectionSpec.Method) throws -> ProjectionSpec {
    if namedColumns != nil && allNumeric {
      throw ValidationError("give --columns or --all-numeric, not both")
    }
    var spec = ProjectionSpec(method: method, columns: allNumeric ? nil : namedColumns, label: colorBy)
    spec.standardize = !noStandardize
    return spec
  }
}

/// The words and the printing of a projection chart, for `assay project`.
struct ProjectionPrinting {
  let style: ChartStyleArguments
  let output: OutputArguments

  /// The decorations of a projection chart: the given title or `method of source`, and axis names.
  func decorations(method: String, table: Table, axes: [String]) -> ChartDecorations {
    let canvas = style.canvasKind()
    return ChartDecorations(
      title: style.title ?? "\(method) of \(SafeText.visible(table.name))", xLabel: style.xLabel ?? axes[0],
      yLabel: style.yLabel ?? axes[1], border: style.border, glyphs: canvas.glyphs)
  }

  /// Writes `grids` one under the other, with a blank line between, to the output.
  func emit(_ grids: [Grid]) throws {
    try output.emit(grids.map { output.text(of: $0) }.joined(separator: "\n"))
  }
}
