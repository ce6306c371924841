import AssayAnalysis
import AssayCharts
import AssayCore

/// The projection of a table's numeric columns into two dimensions (PCA or t-SNE), drawn as a
/// scatter plot coloured by a label column, with a crosshair that finds the nearest row.
public struct ProjectionScreen: Sendable {
  /// How the points are placed: PCA over every row, or t-SNE in the background.
  public typealias Method = ProjectionSpec.Method

  /// The rows projected: the sheet's table when the screen was opened, in its stored order.
  public let table: Table
  /// What draws t-SNE's sample of rows: the data source's own, or the table's in memory.
  let aggregates: any Aggregating
  /// For a sorted sheet, the sheet row of each row of `table`; nil when they are in sheet order.
  let sheetRows: [Int]?
  /// The numeric columns that have a value, which the column chooser offers.
  public let numericColumns: [String]
  /// How the points are placed.
  public internal(set) var method: Method = .pca
  /// The columns projected.
  public internal(set) var columns: [String]
  /// The column whose classes colour the points; nil draws every point alike.
  public internal(set) var colorBy: String?
  /// The crosshair's cell inside the plot area; nil until an arrow key shows it.
  public internal(set) var cursor: PlotCell?
  /// The column chooser, while it is open.
  public internal(set) var chooser: ColumnChooser?
  /// The last projection finished (or stopped midway); nil before the first.
  public internal(set) var points: ProjectedPoints?
  /// Why the current settings cannot be projected, as the screen shows it.
  public internal(set) var failure: String?
  /// The projection being computed, if any.
  var pending: ProjectionRequest?
  /// The running t-SNE's latest picture.
  var watch: ProjectionWatch?
  /// The drawing of `points` at the last size and colouring.
  var drawing: ProjectionDrawing?
  /// Requests made so far, to tell a result from the one it replaced.
  var requests = 0

  /// The sheet row that shows row `row` of `table`.
  func sheetRow(_ row: Int) -> Int { sheetRows?[row] ?? row }

  /// Columns with at most this many classes (among their first rows) can colour points.
  static let colourClassLimit = 12

  /// A projection screen over `table`, not computed yet: PCA of every numeric column that has a
  /// value, coloured by `current` when it is a text, true/false or int column with few classes,
  /// else by the first text or true/false column with few classes.
  public init(table: Table, current: String?) {
    self.init(table: table, sheetRows: nil, current: current, aggregates: nil)
  }

  /// A projection screen over the rows of a sorted sheet, read in their stored order: PCA and
  /// t-SNE do not depend on the order, and `sheetRows` (the sheet row of each stored row) turns the
  /// nearest point back into the row the sheet shows.
  init(table: Table, sheetRows: [Int]?, current: String?, aggregates: (any Aggregating)?) {
    self.table = table
    self.aggregates = aggregates ?? TableAggregates(table)
    self.sheetRows = sheetRows
    let numeric = table.columns.filter { $0.type.isNumeric && $0.nullCount < $0.count }.map(\.name)
    let colourable = Self.colourColumns(of: table)
    let colour: String?
    if let current, colourable.contains(current) {
      colour = current
    } else {
      colour = colourable.first { table.column(named: $0)?.type != .int }
    }
    numericColumns = numeric
    colorBy = colour
    columns = numeric.filter { $0 != colour }
  }

  /// The name shown in the breadcrumb.
  public var title: String { "projection" }

  /// The columns that can colour points: text, true/false and int columns with few classes.
  public var colourColumns: [String] { Self.colourColumns(of: table) }

  /// What the status line says: the method (with t-SNE's progress bar while it runs) and colouring.
  public var settings: String {
    var parts: [String] = []
    if let watch {
      parts.append(watch.latest?.progress.text ?? "t-SNE: finding neighbours…")
    } else if let points, points.method == method {
      parts.append(method.rawValue + (points.summary.isEmpty ? "" : " " + points.summary))
    } else {
      parts.append(method.rawValue)
    }
    parts.append("colour: \(colorBy ?? "off")")
    return parts.joined(separator: " · ")
  }

  /// The points on screen: the running t-SNE's latest, else the last finished projection.
  var shownPoints: ProjectedPoints? { watch?.latest?.points ?? points }

  private static func colourColumns(of table: Table) -> [String] {
    table.columns.filter { column in
      [.string, .bool, .int].contains(column.type)
        && classCount(column, atMost: colourClassLimit) <= colourClassLimit
    }.map(\.name)
  }

  /// The distinct values among the first rows of `column`, counting no further than `limit + 1`.
  private static func classCount(_ column: Column, atMost limit: Int) -> Int {
    var seen = Set<Value>()
    for row in 0..<min(column.count, 10_000) {
      seen.insert(column[row])
      if seen.count > limit { break }
    }
    return seen.count
  }
}

/// A cell of a plot area, from its top-left corner.
public struct PlotCell: Sendable, Equatable {
  /// Column, from the left.
  public var x: Int
  /// Row, from the top.
  public var y: Int

  /// A cell.
  public init(x: Int, y: Int) {
    self.x = x
    self.y = y
  }
}

/// The list of numeric columns the projection can use, with a mark on the chosen ones.
public struct ColumnChooser: Sendable, Equatable {
  /// Every column offered, in table order.
  public let choices: [String]
  /// Whether each choice is marked.
  public internal(set) var marked: [Bool]
  /// The highlighted choice.
  public internal(set) var cursor = 0

  /// A chooser of `choices` with `chosen` marked.
  init(choices: [String], chosen: [String]) {
    self.choices = choices
    marked = choices.map { chosen.contains($0) }
  }

  /// The marked choices, in table order.
  var chosen: [String] { choices.indices.filter { marked[$0] }.map { choices[$0] } }

  /// Moves the highlight by `step`, staying on the list.
  mutating func move(_ step: Int) { cursor = max(0, min(choices.count - 1, cursor + step)) }

  /// Marks or unmarks the highlighted choice.
  mutating func toggle() {
    guard marked.indices.contains(cursor) else { return }
    marked[cursor].toggle()
  }
}
