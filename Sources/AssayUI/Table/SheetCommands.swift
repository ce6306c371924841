import AssayAnalysis
import AssayCore
import Foundation

/// Commands that open, close, reshape and save sheets.
enum SheetCommands {
  static let all: [Command] = [
    Command(id: "frequency-table", help: "count each value of the current column (count, percent, bar)") {
      openFrequency(&$0)
    },
    Command(id: "describe-sheet", help: "one row of statistics per column") { state in
      let sheet = state.sheet
      let own = state.sheetAggregates
      return [
        .startJob(
          Job(title: "describing \(sheet.columnCount) columns") { monitor in
            monitor.expect(rows: sheet.rowOrder == nil ? 0 : sheet.rowCount * sheet.columnCount)
            let aggregates = try own ?? TableAggregates(sheet.table(monitor: monitor))
            let summaries = try aggregates.describe(columns: sheet.storedTable.columnNames, monitor: monitor)
            let table = Describe.table(summaries, name: "describe", nullTexts: sheet.nullTexts)
            return { $0.push(Sheet(title: "describe", table: table)) }
          })
      ]
    },
    Command(
      id: "open-row",
      help: "open what the row stands for: a listing's entry, a frequency value's rows (q comes back)"
    ) { openRow(&$0) },
    Command(id: "hide-column", help: "hide the current column (+ shows it again)") { state in
      guard state.sheet.columnCount > state.sheet.cursorColumn else { return [] }
      let name = state.sheet.storedTable.columns[state.sheet.cursorColumn].name
      state.sheet.hideColumn(state.sheet.cursorColumn)
      state.message = StatusMessage("hid \(name) (+ shows the hidden columns again)")
      return []
    },
    Command(id: "show-columns", help: "show every column hidden with - again, where it was") { state in
      let names = state.sheet.showHiddenColumns()
      let shown = "showing \(names.count) hidden column\(names.count == 1 ? "" : "s") again: "
      state.message = StatusMessage(
        names.isEmpty
          ? "no hidden columns on this sheet (- hides the current column)"
          : shown + names.joined(separator: ", "))
      return []
    },
    Command(id: "pin-column", help: "pin the current column at the left as a key column (again: unpin)") {
      state in
      state.sheet.togglePin(state.sheet.cursorColumn)
      return []
    },
    Command(id: "fit-column", help: "widen the current column to fit every cell on screen") { state in
      state.sheet.fitColumn(state.sheet.cursorColumn, bodyHeight: state.bodyHeight, width: state.size.width)
      return []
    },
    Command(
      id: "export-sheet", help: "save the sheet as .csv, .tsv, .json, .jsonl or .parquet", prompt: "save as: "
    ) {
      state, input in export(&state, path: input)
    },
    Command(id: "show-help", help: "list this screen's commands and keys") { state in
      state.push(
        HelpSheet.make(commands: CommandRegistry.table + CommandRegistry.mouse, keymap: state.keymap))
      return []
    },
    Command(id: "cancel-job", help: "stop the running job or load (keeping the rows so far), else quit") {
      cancelJob(&$0)
    },
    Command(id: "quit-sheet", help: "go back to the previous sheet, or quit") { state in
      let stopsLoad = state.loadFeedsSheetOnScreen
      guard state.pop() else { return [.quit] }
      return stopsLoad ? [.cancelLoad] : []
    },
  ]

  /// Commands that only another command's question opens, bound to no key.
  static let answers: [Command] = [
    Command(
      id: "replace-file", help: "answer y to replace the existing file a save names", prompt: "replace? "
    ) {
      state, input in
      guard let request = state.pendingExport else { return [] }
      state.pendingExport = nil
      guard input.lowercased().hasPrefix("y") else {
        state.message = StatusMessage("not saved: \(request.path) is unchanged")
        return []
      }
      return [.export(request)]
    }
  ]

  private static func openFrequency(_ state: inout AppState) -> [Effect] {
    let sheet = state.sheet
    guard sheet.columnCount > sheet.cursorColumn else { return [] }
    let index = sheet.cursorColumn
    let name = sheet.storedTable.columns[index].name
    let aggregates = state.sheetAggregates
    return [
      .startJob(
        Job(title: "counting \(name)") { monitor in
          let own = aggregates ?? TableAggregates(Table(name: name, columns: [sheet.column(index)]))
          let counted = try own.frequency(column: name, monitor: monitor)
          let frequency = FrequencySheet.sheet(counted, columnName: name)
          return { $0.push(frequency) }
        })
    ]
  }

  private static func openRow(_ state: inout AppState) -> [Effect] {
    guard let origin = state.sheet.origin, state.sheet.rowCount > 0 else {
      state.message = StatusMessage(
        "Enter opens a listing's entry or a frequency value's rows (F makes a frequency table)")
      return []
    }
    return origin.openRow(in: &state)
  }

  /// Saves the sheet to `path` (`~` is the home folder); a file already there is replaced only
  /// once the user answers y to the question that follows.
  private static func export(_ state: inout AppState, path typed: String) -> [Effect] {
    let path = (typed as NSString).expandingTildeInPath
    guard let format = ExportRequest.format(forPath: path) else {
      state.message = StatusMessage(
        "'\(typed)': name the file \(ExportRequest.extensions) to choose the format", isError: true)
      return []
    }
    let request = ExportRequest(table: state.sheet.table, path: path, format: format)
    guard FileManager.default.fileExists(atPath: path) else { return [.export(request)] }
    state.pendingExport = request
    state.prompt = Prompt(
      commandID: "replace-file",
      label: "\(SafeText.visible(typed)) exists: replace it with this sheet? (y/N) ")
    return []
  }

  private static func cancelJob(_ state: inout AppState) -> [Effect] {
    if let job = state.job {
      state.job = nil
      let dropped = state.dropTypedAhead()
      let keys = dropped == 1 ? "the key typed meanwhile" : "the \(dropped) keys typed meanwhile"
      state.message = StatusMessage("stopped \(job)" + (dropped > 0 ? "; \(keys) did not run" : ""))
      return [.cancelJob]
    }
    guard state.load.phase == .loading else { return [.quit] }
    state.load.phase = .stopped
    return [.cancelLoad]
  }
}
