import AssayCharts
import AssayCore

/// The bottom line: where you are (sheet, row, column) on the left, load progress or a message on the right.
enum StatusLine {
  /// Draws the status line of `state` on row `y`.
  static func draw(_ state: AppState, into grid: inout Grid, y: Int) {
    let status = Style(.status)
    grid.fill(x: 0, y: y, width: grid.width, height: 1, with: Cell(" ", status))
    let right = rightText(state)
    let rightWidth = right.text.isEmpty ? 0 : DisplayWidth.of(SafeText.visible(right.text)) + 2
    let candidates = leftTexts(state)
    let left =
      candidates.first { DisplayWidth.of(SafeText.visible($0)) + rightWidth <= grid.width }
      ?? candidates[candidates.count - 1]
    let leftWidth = grid.put(left, x: 0, y: y, style: status)
    guard !right.text.isEmpty else { return }
    let x = max(leftWidth + 2, grid.width - rightWidth + 2)
    grid.put(right.text, x: x, y: y, style: Style(right.isError ? .error : .status))
  }

  /// The left part, longest first: breadcrumb, row, column; then shorter forms for narrow screens.
  static func leftTexts(_ state: AppState) -> [String] {
    let sheet = state.sheet
    let breadcrumb = state.sheets.map(\.title).joined(separator: " › ")
    let rows = sheet.table.rowCount
    let position = "row \(rows == 0 ? 0 : sheet.cursorRow + 1)/\(rows)"
    guard sheet.cursorColumn < sheet.table.columns.count else {
      return ["\(breadcrumb)  \(position)", position]
    }
    let column = sheet.table.columns[sheet.cursorColumn]
    let columnText = "\(column.name) (\(column.type.rawValue))"
    return ["\(breadcrumb)  \(position)  \(columnText)", "\(position)  \(columnText)", position]
  }

  /// The right part: the message if any, else how the load stands.
  static func rightText(_ state: AppState) -> StatusMessage {
    if let message = state.message { return message }
    switch state.load.phase {
    case .idle, .finished: return StatusMessage("")
    case .loading: return StatusMessage(ProgressText.describe(state.load))
    case .stopped:
      return StatusMessage("load stopped at \(NumberFormatting.grouped(state.sheets[0].table.rowCount)) rows")
    case .failed(let message): return StatusMessage(message, isError: true)
    }
  }
}

/// Load progress as people read it: `12.3 MB/45.6 MB  15,000 rows  8.1 MB/s  ETA 4s`.
enum ProgressText {
  /// The progress of a running load.
  static func describe(_ load: LoadStatus) -> String {
    guard let progress = load.progress else { return "loading…" }
    var parts: [String] = []
    if let total = progress.totalBytes {
      parts.append("\(bytes(progress.bytesRead))/\(bytes(total))")
    } else {
      parts.append(bytes(progress.bytesRead))
    }
    parts.append("\(NumberFormatting.grouped(progress.rows)) rows")
    if let rate = load.bytesPerSecond { parts.append("\(bytes(Int(rate.rounded())))/s") }
    if let left = load.secondsLeft { parts.append("ETA \(duration(left))") }
    return parts.joined(separator: "  ")
  }

  /// Bytes in decimal units with one decimal: `512 B`, `1.5 kB`, `12.3 MB`, `4.0 GB`.
  static func bytes(_ count: Int) -> String {
    let units = ["kB", "MB", "GB", "TB"]
    guard count >= 1000 else { return "\(count) B" }
    var value = Double(count) / 1000
    var unit = 0
    while value >= 999.95, unit < units.count - 1 {
      value /= 1000
      unit += 1
    }
    return "\(NumberFormatting.decimals(value, 1)) \(units[unit])"
  }

  /// Seconds as `4s`, `1m05s` or `2h03m`.
  static func duration(_ seconds: Double) -> String {
    let total = Int(min(seconds, 359_999).rounded(.up))
    if total < 60 { return "\(total)s" }
    if total < 3600 { return "\(total / 60)m" + twoDigits(total % 60) + "s" }
    return "\(total / 3600)h" + twoDigits(total % 3600 / 60) + "m"
  }

  private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
