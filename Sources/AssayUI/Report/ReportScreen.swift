import AssayCore
import AssayGrid

/// Lines of text to read and scroll, such as a storage recommendation.
public struct ReportScreen: Sendable, Equatable {
  /// The name shown in the breadcrumb.
  public var title: String
  /// The text, a line each.
  public let lines: [String]
  /// The first line shown.
  public private(set) var topLine = 0
  /// The display columns of each line scrolled off to the left.
  public private(set) var leftColumn = 0
  /// The display width of the widest line.
  let widestLine: Int

  /// A report of `text` split into lines (a final line break adds no empty line).
  public init(title: String, text: String) {
    self.title = title
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    self.lines = lines
    widestLine = lines.map { DisplayWidth.of(SafeText.visible($0)) }.max() ?? 0
  }

  /// Scrolls by `count` lines, keeping a page of `height` lines filled where the text allows.
  public mutating func scroll(by count: Int, height: Int) {
    let lastTop = max(0, lines.count - max(1, height))
    let (sum, overflow) = topLine.addingReportingOverflow(count)
    topLine = min(lastTop, max(0, overflow ? (count > 0 ? lastTop : 0) : sum))
  }

  /// Scrolls sideways by `count` columns, no further than shows the end of the widest line in
  /// `width` columns.
  public mutating func scroll(sideways count: Int, width: Int) {
    leftColumn = min(max(0, widestLine - max(1, width)), max(0, leftColumn + count))
  }

  /// Draws the lines from `topLine` into `height` rows of `grid`, from `leftColumn` on; a line
  /// that goes on past the right edge ends with `…`.
  func draw(into grid: inout Grid, height: Int) {
    for (y, line) in lines.dropFirst(topLine).prefix(max(0, height)).enumerated() {
      CellText.put(
        line, into: &grid, x: -leftColumn, y: y, width: leftColumn + grid.width, alignRight: false,
        style: .plain)
    }
  }
}

/// The report screen's scrolling commands.
enum ReportCommands {
  /// Line, page and end scrolling.
  static let all: [Command] = [
    scrolling("scroll-down", "next line") { _ in 1 },
    scrolling("scroll-up", "previous line") { _ in -1 },
    scrolling("scroll-page-down", "next page") { $0 },
    scrolling("scroll-page-up", "previous page") { -$0 },
    scrolling("scroll-top", "first line") { _ in Int.min },
    scrolling("scroll-bottom", "last line") { _ in Int.max },
    sideways("scroll-right", "right", direction: 1),
    sideways("scroll-left", "left", direction: -1),
  ]

  /// A command scrolling the report half a screen sideways, in `direction` (1: right, -1: left).
  private static func sideways(_ id: String, _ help: String, direction: Int) -> Command {
    Command(id: id, help: "scroll half a screen \(help), to read long lines") { state in
      guard var report = state.screen as? ReportScreen else { return [] }
      let width = ScreenView.area(state.size).width
      report.scroll(sideways: direction * max(1, width / 2), width: width)
      state.screen = report
      return []
    }
  }

  /// A command scrolling the report by the lines `distance` gives for a page height.
  private static func scrolling(_ id: String, _ help: String, distance: @escaping @Sendable (Int) -> Int)
    -> Command
  {
    Command(id: id, help: "scroll to the \(help)") { state in
      guard var report = state.screen as? ReportScreen else { return [] }
      let height = ScreenView.area(state.size).height
      report.scroll(by: distance(height), height: height)
      state.screen = report
      return []
    }
  }
}
