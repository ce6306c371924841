import ArgumentParser
import AssayAnalysis
import AssayCharts
import AssayCore
import Foundation

extension CanvasKind: ExpressibleByArgument {}
extension Aggregate: ExpressibleByArgument {}

/// Options that shape how any chart looks: canvas, title, axis names and border.
struct ChartStyleArguments: ParsableArguments {
  @Option(
    help: """
      What to draw with: braille, block, halfBlock, ascii or density \
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

  /// The drawn chart as it is printed: in plain ASCII when drawn on the ASCII canvas.
  func finished(_ grid: Grid, canvas: CanvasKind) -> Grid {
    canvas == .ascii ? ASCIIFallback.grid(grid) : grid
  }

  /// Decorations with the given defaults for the title and axis names.
  func decorations(title defaultTitle: String, x: String?, y: String?, canvas: CanvasKind) -> ChartDecorations
  {
    ChartDecorations(
      title: title ?? defaultTitle, xLabel: xLabel ?? x, yLabel: yLabel ?? y, border: border,
      glyphs: canvas.glyphs)
  }
}

/// The x column (with the aliases `--column`/`-c`) for charts that need one.
struct XColumnArgument: ParsableArguments {
  @Option(name: [.customShort("c"), .customLong("x"), .customLong("column")], help: "The column along x.")
  var x: String
}

extension Table {
  /// The column's values as numbers, or an error when it holds no number at all but has text.
  func requireNumbers(_ name: String) throws -> NumericValues {
    let values = NumericValues(try requireColumn(name))
    if values.nonNumeric > 0 && values.nulls + values.nonNumeric == values.values.count {
      throw AssayError(
        message: "\(self.name): column '\(name)' holds text, not numbers",
        hint: "choose a numeric column; numeric columns are: "
          + columns.filter { $0.type.isNumeric }.map(\.name).joined(separator: ", "))
    }
    return values
  }
}
