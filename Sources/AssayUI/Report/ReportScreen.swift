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

  /// A report of `text` split into lines (a final line break adds no empty line).
  public init(title: String, text: String) {
    self.title = title
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    self.lines = lines
  }

  /// Scrolls by `count` lines, keeping a page of `height` lines filled where the text allows.
  public mutating func scroll(by count: Int, height: Int) {
    let lastTop = max(0, lines.count - max(1, height))
    let (sum, overflow) = topLine.addingReportingOverflow(count)
    topLine = min(lastTop, max(0, overflow ? (count > 0 ? lastTop : 0) : sum))
  }

  /// Draws the lines from `topLine` into `height` rows of `grid`.
  func draw(into grid: inout Grid, height: Int) {
    for (y, line) in lines.dropFirst(topLine).prefix(max(0, height)).enumerated() {
      grid.put(line, x: 0, y: y, maxWidth: grid.width)
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
  ]

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
