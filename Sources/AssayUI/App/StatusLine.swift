import AssayCore
import AssayGrid

/// The bottom line: where you are (sheet, row, column) on the left, load progress or a message on the right.
enum StatusLine {
  /// Draws the status line of `state` on row `y`.
  static func draw(_ state: AppState, into grid: inout Grid, y: Int) {
    let status = Style(.status)
    grid.fill(x: 0, y: y, width: grid.width, height: 1, with: Cell(" ", status))
    if let prompt = state.prompt {
      drawPrompt(prompt, into: &grid, y: y)
      return
    }
    let (left, right) = layout(lefts: leftTexts(state), rights: rightTexts(state), width: grid.width)
    let leftWidth = grid.put(left, x: 0, y: y, style: status)
    guard !right.text.isEmpty else { return }
    let x = max(leftWidth + 2, grid.width - width(of: right.text))
    grid.put(right.text, x: x, y: y, style: Style(right.isError ? .error : .status))
  }

  /// The prompt's label and text with a cursor block after it; the text's end stays in view.
  private static func drawPrompt(_ prompt: Prompt, into grid: inout Grid, y: Int) {
    let label = prompt.label
    var text = SafeText.visible(prompt.text)
    let room = max(0, grid.width - width(of: label) - 1)
    while width(of: text) > room, !text.isEmpty { text.removeFirst() }
    let x = grid.put(label, x: 0, y: y, style: Style(.status, bold: true))
    let end = x + grid.put(text, x: x, y: y, style: Style(.status))
    grid.put(" ", x: end, y: y, style: Style(.cursor))
  }

  /// The longest right text that fits next to some left text, with the longest left text that fits
  /// beside it; the shortest of each (cut at the edge) when nothing fits.
  private static func layout(lefts: [String], rights: [StatusMessage], width: Int) -> (String, StatusMessage)
  {
    for right in rights {
      let rightWidth = right.text.isEmpty ? 0 : self.width(of: right.text) + 2
      if let left = lefts.first(where: { self.width(of: $0) + rightWidth <= width }) { return (left, right) }
    }
    return (lefts[lefts.count - 1], rights[rights.count - 1])
  }

  private static func width(of text: String) -> Int { DisplayWidth.of(SafeText.visible(text)) }

  /// Longest sheet title kept in a shortened breadcrumb.
  static let shortTitleWidth = 16

  /// The left part, longest first: breadcrumb, row, column; then shorter breadcrumbs (titles cut,
  /// then the last title only), then row and column alone, for narrow screens.
  static func leftTexts(_ state: AppState) -> [String] {
    let sheet = state.sheet
    let titles = state.stackTitles
    let crumbs = [
      titles.joined(separator: " › "),
      titles.map { $0.count > shortTitleWidth ? $0.prefix(shortTitleWidth - 1) + "…" : $0 }.joined(
        separator: " › "),
      (titles.count > 1 ? "… › " : "") + titles[titles.count - 1],
    ]
    if let screen = state.screen {
      let about = screen.status
      return crumbs.map { "\($0)  \(about)" } + [about, crumbs[2]]
    }
    let selected =
      sheet.selectedCount > 0 ? " (\(NumberFormatting.grouped(sheet.selectedCount)) selected)" : ""
    let row = rowPosition(sheet)
    var position = row + selected
    if sheet.cursorColumn < sheet.columnCount {
      let column = sheet.storedTable.columns[sheet.cursorColumn]
      position += "  \(column.name) (\(column.type.rawValue))"
    }
    return crumbs.map { "\($0)  \(position)" } + [position, row]
  }

  /// `row 12/500`; for a window of a larger source, row numbers of the source, with `+` when rows
  /// follow the ones held: `row 2,000,012/4,000,000+`.
  static func rowPosition(_ sheet: Sheet) -> String {
    let rows = sheet.rowCount
    guard let window = sheet.window, !window.isWhole else {
      return "row \(rows == 0 ? 0 : sheet.cursorRow + 1)/\(rows)"
    }
    let (cursor, last) = (window.firstRow + sheet.cursorRow + 1, window.firstRow + rows)
    return
      "row \(NumberFormatting.grouped(cursor))/\(NumberFormatting.grouped(last))\(window.moreFollow ? "+" : "")"
  }

  /// The right part, longest first: the message if any, else the job (unless the screen shows its
  /// progress on the left, as a running t-SNE does), else how the load stands.
  static func rightTexts(_ state: AppState) -> [StatusMessage] {
    if let message = state.message { return [message] }
    if state.job != nil, state.screen?.showsJobProgress == true {
      return [StatusMessage("Ctrl-C stops"), StatusMessage("")]
    }
    if let job = state.job { return [StatusMessage("\(job)…  Ctrl-C stops"), StatusMessage("\(job)…")] }
    switch state.load.phase {
    case .idle, .finished: return windowTexts(state.sheet)
    case .loading: return ProgressText.forms(state.load).map { StatusMessage($0) }
    case .stopped:
      return [
        StatusMessage(
          "load stopped at \(NumberFormatting.grouped(state.sheets[state.load.sheet].rowCount)) rows")
      ]
    case .failed(let message): return [StatusMessage(message, isError: true)]
    }
  }
}

extension StatusLine {
  /// For a sheet holding a window of a larger source, which rows it holds and what reads the
  /// others, longest first; nothing otherwise.
  static func windowTexts(_ sheet: Sheet) -> [StatusMessage] {
    guard let window = sheet.window, !window.isWhole, sheet.pagingSource != nil else {
      return [StatusMessage("")]
    }
    let held =
      "rows \(NumberFormatting.grouped(window.firstRow + 1))–\(NumberFormatting.grouped(window.firstRow + sheet.rowCount)) held"
    let keys = [window.firstRow > 0 ? "<" : nil, window.moreFollow ? ">" : nil].compactMap { $0 }
    return [
      StatusMessage("\(held): \(keys.joined(separator: " ")) read on; sort and filter run in the database"),
      StatusMessage(held), StatusMessage(""),
    ]
  }
}

/// Load progress as people read it: `12.3 MB/45.6 MB  15,000 rows  8.1 MB/s  ETA 4s`.
enum ProgressText {
  /// The progress of a running load, longest first:
  /// `12.3 MB/45.6 MB  15,000 rows  8.1 MB/s  ETA 4s`, then `15,000 rows  27%  ETA 4s`, then `27%`.
  static func forms(_ load: LoadStatus) -> [String] {
    guard let progress = load.progress else { return ["loading…"] }
    let rows = "\(NumberFormatting.grouped(progress.rows)) rows"
    let eta = load.secondsLeft.map { "ETA \(duration($0))" }
    guard progress.bytesRead > 0 || progress.totalBytes != nil else { return [rows] }
    var full: [String] = []
    if let total = progress.totalBytes {
      full.append("\(bytes(progress.bytesRead))/\(bytes(total))")
    } else {
      full.append(bytes(progress.bytesRead))
    }
    full.append(rows)
    if let rate = load.bytesPerSecond { full.append("\(bytes(Int(rate.rounded())))/s") }
    if let eta { full.append(eta) }
    guard let total = progress.totalBytes, total > 0 else { return [full.joined(separator: "  "), rows] }
    let percent = "\(min(100, progress.bytesRead * 100 / total))%"
    let short = [rows, percent] + (eta.map { [$0] } ?? [])
    return [full.joined(separator: "  "), short.joined(separator: "  "), percent]
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
