import AssayCore

/// Commands that find rows by a regular expression and select rows.
enum SearchCommands {
  static let all: [Command] = [
    Command(id: "search-column", help: "find a regex in the current column", prompt: "search /") {
      state, input in
      startSearch(&state, pattern: input, allColumns: false)
    },
    Command(id: "search-all-columns", help: "find a regex in any column", prompt: "search all \\") {
      state, input in startSearch(&state, pattern: input, allColumns: true)
    },
    Command(id: "search-next", help: "go to the next match of the last search") {
      repeatSearch(&$0, forward: true)
    },
    Command(id: "search-previous", help: "go to the previous match of the last search") {
      repeatSearch(&$0, forward: false)
    },
    Command(
      id: "select-matching", help: "select rows whose current column matches a regex", prompt: "select |"
    ) {
      state, input in selectMatching(&state, pattern: input)
    },
    Command(id: "select-row", help: "select or unselect the cursor's row") { state in
      state.sheet.toggleSelection(row: state.sheet.cursorRow)
      state.sheet.moveCursor(rows: 1)
      return []
    },
    Command(id: "clear-selection", help: "unselect every row") { state in
      state.sheet.clearSelection()
      return []
    },
    Command(id: "open-selection", help: "open the selected rows as a new sheet") { state in
      let rows = state.sheet.selectedRows
      guard !rows.isEmpty else {
        state.message = StatusMessage("no rows selected (| selects rows matching a regex)", isError: true)
        return []
      }
      let title = "\(NumberFormatting.grouped(rows.count)) selected"
      state.push(state.sheet.subset(title: title, table: state.sheet.gathering(rows: rows, name: title)))
      return []
    },
  ]

  private static func startSearch(_ state: inout AppState, pattern: String, allColumns: Bool) -> [Effect] {
    state.search = SearchRequest(pattern: pattern, allColumns: allColumns)
    return repeatSearch(&state, forward: true)
  }

  private static func repeatSearch(_ state: inout AppState, forward: Bool) -> [Effect] {
    guard let search = state.search else {
      state.message = StatusMessage("no search yet (/ searches the current column)", isError: true)
      return []
    }
    let sheet = state.sheet
    let columns = search.allColumns ? Array(0..<sheet.columnCount) : [sheet.cursorColumn]
    let table = sheet.storedTable
    return [
      .startJob(
        Job(title: "searching /\(search.pattern)/") { monitor in
          let matcher = try PatternMatcher(pattern: search.pattern)
          monitor.expect(rows: sheet.rowCount)
          let found = try RowSearch.find(
            rowCount: sheet.rowCount, columns: columns, from: (sheet.cursorRow, sheet.cursorColumn),
            forward: forward, monitor: monitor,
            matches: { try matcher.matches(table.columns[$1], row: sheet.storedRow($0)) })
          return { state in
            guard let found else {
              state.message = StatusMessage("no match for /\(search.pattern)/", isError: true)
              return
            }
            state.sheet.moveCursor(toRow: found.row)
            state.sheet.moveCursor(toColumn: found.column)
          }
        })
    ]
  }

  private static func selectMatching(_ state: inout AppState, pattern: String) -> [Effect] {
    guard state.sheet.columnCount > state.sheet.cursorColumn else { return [] }
    let column = state.sheet.storedTable.columns[state.sheet.cursorColumn]
    return [
      .startJob(
        Job(title: "selecting /\(pattern)/") { monitor in
          let mask = try PatternMatcher(pattern: pattern).mask(column, monitor: monitor)
          return { state in
            guard state.sheet.rowCount == mask.count else { return }
            let added = state.sheet.select(storedMask: mask)
            state.message = StatusMessage("selected \(NumberFormatting.grouped(added)) more rows")
          }
        })
    ]
  }
}

/// The last search, repeated by `n` and `N`.
public struct SearchRequest: Equatable, Sendable {
  /// The regular expression.
  public var pattern: String
  /// True to look in every column, false for the cursor's column only.
  public var allColumns: Bool
}

/// Walks cells from a position, row by row, wrapping at the table's ends.
enum RowSearch {
  /// The first cell after `start` (before it when going back) among `rowCount` rows and
  /// `columns` that `matches`. Rows looked at are reported to `monitor`; a stopped monitor ends
  /// the search with `CancellationError`.
  static func find(
    rowCount rows: Int, columns: [Int], from start: (row: Int, column: Int), forward: Bool,
    monitor: WorkMonitor? = nil, matches: (Int, Int) throws -> Bool
  ) throws -> (row: Int, column: Int)? {
    guard rows > 0, !columns.isEmpty else { return nil }
    let ordered = forward ? columns : columns.reversed()
    for step in 0...rows {
      if step & (WorkMonitor.checkInterval - 1) == 0, step > 0 {
        try monitor?.checkStopped()
        monitor?.advance(rows: WorkMonitor.checkInterval)
      }
      let row = ((start.row + (forward ? step : -step)) % rows + rows) % rows
      for column in ordered {
        if step == 0, forward ? column <= start.column : column >= start.column { continue }
        if step == rows, forward ? column > start.column : column < start.column { continue }
        if try matches(row, column) { return (row, column) }
      }
    }
    return nil
  }
}
