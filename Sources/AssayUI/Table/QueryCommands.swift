import AssayCore

/// The query prompt: a read-only query in the database's own language, its result a new sheet;
/// and the SQL sent so far, shown as a report.
enum QueryCommands {
  static let all: [Command] = [
    Command(
      id: "query", help: "run a read-only SQL query on the sheet's database; its result opens as a sheet",
      prompt: "SQL: "
    ) { state, input in query(&state, input) },
    Command(
      id: "show-sql", help: "show the SQL sent to the sheet's database, with the rows each statement returned"
    ) {
      showSQL(&$0)
    },
  ]

  /// Shows the statements the sheet's database table (or the nearest one under it) sent; says
  /// so when no sheet comes from a database.
  static func showSQL(_ state: inout AppState) -> [Effect] {
    guard
      let source = state.sheets.reversed().lazy.compactMap({ $0.aggregates as? any StatementLogging }).first
    else {
      let text =
        target(in: state) == nil
        ? "no SQL sent: this sheet does not come from a database"
        : "no table open yet: Enter opens one, and E then shows the SQL it sent"
      state.message = StatusMessage(text, isError: true)
      return []
    }
    let sent = source.statementsSent
    state.push(
      ReportScreen(
        title: "SQL sent to \(source.displayName)", text: sent.isEmpty ? "-- nothing sent yet\n" : sent))
    return []
  }

  /// Pushes a sheet that loads the result of `text` from the database the sheet (or one under
  /// it) comes from; says so when none does, or when `text` is blank. A query that fails before
  /// its first column arrives takes its sheet away again (see `update(state:load:)`).
  static func query(_ state: inout AppState, _ text: String) -> [Effect] {
    let sql = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !sql.isEmpty else {
      state.message = StatusMessage("no query run: type a SELECT after Q")
      return []
    }
    guard let database = target(in: state) else {
      state.message = StatusMessage(
        "no database here: open one (assay shop.db, assay postgres://…) to query it", isError: true)
      return []
    }
    var (sheet, source) = Listing.sheet(
      for: .table(database.table(forQuery: sql)), title: "query", windowed: state.holdsWindows)
    sheet.typedAtPrompt = LoggedCommand(id: "query", input: text)
    if state.load.phase == .loading { state.load.phase = .stopped }
    state.push(sheet)
    return [.startLoad(LoadRequest(source: source, sheet: state.sheets.count - 1))]
  }

  /// The nearest database on the sheet stack: a listed database, or a database table's sheet.
  private static func target(in state: AppState) -> (any Querying)? {
    for sheet in state.sheets.reversed() {
      if let listing = sheet.origin as? ListingOrigin, let database = listing.collection as? any Querying {
        return database
      }
      if let database = sheet.aggregates as? any Querying { return database }
    }
    return nil
  }
}
