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

  /// The names of the columns to project in `table`: those named, or every numeric column that
  /// has a value. Throws an `AssayError` for a named column without a single value.
  func columnNames(in table: Table) throws -> [String] {
    if let names = namedColumns {
      guard !allNumeric else { throw ValidationError("give --columns or --all-numeric, not both") }
      for name in names {
        if let column = table.column(named: name), column.count > 0, column.nullCount == column.count {
          throw AssayError(
            message: "column '\(SafeText.visible(name))' has no values (all \(column.count) rows are empty)",
            location: SourceLocation(source: table.name), hint: "leave it out of --columns")
        }
      }
      return names
    }
    return FeatureMatrix.numericColumnNames(of: table, excluding: colorBy.map { [$0] } ?? []).filter {
      guard let column = table.column(named: $0) else { return false }
      return column.nullCount < column.count
    }
  }

  /// The feature matrix of `table`'s chosen columns, with the label column when one is asked for.
  func matrix(of table: Table) throws -> FeatureMatrix {
    try FeatureMatrix(table: table, columns: columnNames(in: table), label: colorBy)
  }

  /// The label classes of the matrix's kept rows (or of the rows picked from them), typed as the
  /// label column of `table` so that numbers order numerically.
  func classes(of matrix: FeatureMatrix, in table: Table, rows: [Int]? = nil) -> CategoryCodes? {
    guard let name = matrix.labelName, let labels = matrix.labels,
      let type = table.column(named: name)?.type
    else { return nil }
    let picked = rows.map { $0.map { labels[$0] } } ?? labels
    return CategoryCodes(Column(name: name, type: type, values: picked))
  }

  /// The footer's first note: `PCA of 4 columns, standardised`, naming the constant columns,
  /// which carry no information (`, constant: a, b`).
  func methodNote(_ method: String, _ matrix: FeatureMatrix) -> String {
    let constant = FeatureMatrix.constantNote(matrix.constantColumnNames)
    return
      "\(method) of \(matrix.columnCount) columns, \(noStandardize ? "not standardised" : "standardised")"
      + (constant.isEmpty ? "" : ", " + constant)
  }
}

/// The words and the printing of a projection chart, for `assay project`.
struct ProjectionPrinting {
  let style: ChartStyleArguments
  let output: OutputArguments

  /// The decorations of a projection chart: the given title or `method of source`, and axis names.
  func decorations(method: String, table: Table, axes: (String, String)) -> ChartDecorations {
    let canvas = style.canvasKind()
    return ChartDecorations(
      title: style.title ?? "\(method) of \(SafeText.visible(table.name))", xLabel: style.xLabel ?? axes.0,
      yLabel: style.yLabel ?? axes.1, border: style.border, glyphs: canvas.glyphs)
  }

  /// Writes `grids` one under the other, with a blank line between, to the output.
  func emit(_ grids: [Grid]) throws {
    try output.emit(grids.map { output.text(of: $0) }.joined(separator: "\n"))
  }
}
