import AssayCore

/// Commands that sort the sheet and filter its rows.
enum SortFilterCommands {
  static let all: [Command] = [
    Command(id: "sort-ascending", help: "sort by the current column, smallest first") {
      sort(&$0, descending: false, adding: false)
    },
    Command(id: "sort-descending", help: "sort by the current column, largest first") {
      sort(&$0, descending: true, adding: false)
    },
    Command(id: "sort-add-ascending", help: "also sort by the current column, smallest first") {
      sort(&$0, descending: false, adding: true)
    },
    Command(id: "sort-add-descending", help: "also sort by the current column, largest first") {
      sort(&$0, descending: true, adding: true)
    },
    Command(
      id: "filter", help: "keep rows where an expression holds, e.g. x > 5 and k == \"a\"", prompt: "filter: "
    ) {
      state, input in filter(&state, expression: input)
    },
  ]

  private static func sort(_ state: inout AppState, descending: Bool, adding: Bool) -> [Effect] {
    guard state.sheet.columnCount > state.sheet.cursorColumn else { return [] }
    guard !state.loadFeedsSheetOnScreen else {
      state.message = StatusMessage("still loading: wait, or Ctrl-C to stop the load and sort what arrived")
      return []
    }
    let key = SortKey(column: state.sheet.cursorColumn, descending: descending)
    var keys = adding ? state.sheet.sortKeys.filter { $0.column != key.column } : []
    keys.append(key)
    let table = state.sheet.storedTable
    let current = state.sheet.rowOrder
    let names = keys.map { table.columns[$0.column].name + ($0.descending ? " ↓" : " ↑") }.joined(
      separator: ", ")
    if let paging = state.sheet.pagingSource {
      let sorted = paging.sorted(by: keys, columns: table.columns)
      state.sheet.showSourceOrder(keys, source: sorted)
      state.sheet.moveCursor(toRow: 0)
      return [.startLoad(LoadRequest(source: sorted, sheet: state.sheets.count - 1))]
    }
    return [
      .startJob(
        Job(title: "sorting by \(names)") { [keys] (monitor: WorkMonitor) in
          monitor.expect(rows: table.rowCount * keys.count)
          let order = try TableSort.order(table, by: keys, from: current, monitor: monitor)
          return { state in
            state.sheet.applySort(keys, order: order)
            state.message = StatusMessage("sorted by \(names)")
          }
        })
    ]
  }

  /// Pushes a sheet with the rows of the current one where `expression` holds.
  static func filter(_ state: inout AppState, expression: String) -> [Effect] {
    do {
      let parsed = try FilterExpression.parse(expression, for: state.sheet.storedTable)
      return try showRows(of: state.sheet, where: parsed, title: expression, in: &state)
    } catch {
      state.message = StatusMessage(String(describing: error), isError: true)
      return []
    }
  }

  /// Pushes a sheet titled `title` with the rows of `sheet` where `expression` holds, in the
  /// sheet's order: found in the rows held, or by the engine when the sheet holds only part of its
  /// source's rows.
  /// - Throws: `AssayError` when the engine has no form of a comparison (a pattern in SQLite).
  static func showRows(
    of sheet: Sheet, where expression: FilterExpression, title: String, in state: inout AppState
  )
    throws -> [Effect]
  {
    guard let paging = sheet.pagingSource else { return [filterJob(sheet, expression, title: title)] }
    let filtered = try paging.filtered(by: expression, columns: sheet.storedTable.columns, text: title)
    var rows = Sheet(title: title, table: Table(name: filtered.displayName, columns: []))
    rows.showSourceOrder(sheet.sortKeys, source: filtered)
    state.push(rows)
    return [.startLoad(LoadRequest(source: filtered, sheet: state.sheets.count - 1))]
  }

  /// A job that finds the rows of `sheet` where `expression` holds and shows them, in the
  /// sheet's order, in a new sheet named `title`.
  static func filterJob(_ sheet: Sheet, _ expression: FilterExpression, title: String) -> Effect {
    let table = sheet.storedTable
    return .startJob(
      Job(title: "filtering \(title)") { monitor in
        monitor.expect(rows: table.rowCount * (expression.comparisonCount + table.columns.count))
        let rows = sheet.inSheetOrder(storedRows: try expression.rows(in: table, monitor: monitor))
        let filtered = sheet.subset(
          title: title, table: try table.gathering(rows: rows, name: title, monitor: monitor))
        return { state in
          state.push(filtered)
          state.message = StatusMessage("\(NumberFormatting.grouped(rows.count)) rows")
        }
      })
  }
}
