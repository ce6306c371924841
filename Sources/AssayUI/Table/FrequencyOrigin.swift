import AssayCore

/// The origin of a frequency table: Enter on a value's row opens the rows of the sheet below that
/// hold the value.
struct FrequencyOrigin: SheetOrigin {
  /// The column counted, in the sheet below.
  let columnName: String

  var name: String { "frequency of \(columnName)" }

  /// A filter of the frequency table is not a frequency table of anything.
  var carriesToRowSubsets: Bool { false }

  func openRow(in state: inout AppState) -> [Effect] {
    let sheet = state.sheet
    guard state.sheets.count > 1 else { return [] }
    let value = sheet.value(row: sheet.cursorRow, column: 0)
    let source = state.sheets[state.sheets.count - 2]
    guard let index = source.storedTable.columns.firstIndex(where: { $0.name == columnName }) else {
      return []
    }
    let expression = FilterExpression.comparison(column: index, .equal, FrequencySheet.constant(value))
    let title = "\(columnName) == \(value.isNull ? "null" : value.description)"
    do {
      return try SortFilterCommands.showRows(of: source, where: expression, title: title, in: &state)
    } catch {
      state.message = StatusMessage(String(describing: error), isError: true)
      return []
    }
  }
}
