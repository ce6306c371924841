import AssayCore

/// The checks of an anonymization request against its table, each failure one `AssayError` that
/// says what to change. They need no key, so a mistake is told before the key is asked for.
public enum AnonymizationChecks {
  /// Throws the first problem of `request` on `table`.
  public static func validate(_ request: AnonymizationRequest, for table: Table) throws {
    func column(_ name: String, for option: String) throws -> Column {
      guard let column = table.column(named: name) else {
        if table.columns.isEmpty {
          throw AssayError(
            message: "\(option): \(table.name) has no columns", hint: "name a source with columns")
        }
        throw AssayError(
          message: "\(option): \(table.name) has no such column",
          hint: "its columns: \(table.columnNames.joined(separator: ", "))")
      }
      return column
    }
    var seen: [String: ColumnAction] = [:]
    for step in request.steps {
      let option = step.action.option(for: step.column)
      if let earlier = seen[step.column] {
        throw AssayError(
          message: "\(earlier.option(for: step.column)) and \(option): one action per column",
          hint: "keep one of them")
      }
      seen[step.column] = step.action
      try check(step.action, on: column(step.column, for: option), option: option)
    }
    if !table.columns.isEmpty && table.columns.allSatisfy({ seen[$0.name] == .drop }) {
      throw AssayError(
        message: "--drop: every column of \(table.name) is dropped, and nothing would be left to write",
        hint: "keep one column or more")
    }
    if let name = request.keyColumn {
      _ = try column(name, for: "--key-column \(name)")
      guard seen.values.contains(.shiftDates) else {
        throw AssayError(
          message: "--key-column \(name): it keys the shifts of --shift-dates, and none was asked for",
          hint: "add --shift-dates C for the date columns to move")
      }
    }
    try checkPrivacyOptions(request, seen: seen, column: column)
  }

  /// Throws the first problem of the date-shift bound and the k-anonymity options (`--quasi`,
  /// `--sensitive`, `--k`), given the actions `seen` by column and the lookup of a named column.
  private static func checkPrivacyOptions(
    _ request: AnonymizationRequest, seen: [String: ColumnAction],
    column: (_ name: String, _ option: String) throws -> Column
  ) throws {
    if request.maxShiftDays < 1 {
      throw AssayError(
        message: "--max-shift-days \(request.maxShiftDays): a shift is at least 1 day",
        hint: "give 1 to 36500 (a hundred years)")
    }
    if request.maxShiftDays > 36_500 {
      throw AssayError(
        message: "--max-shift-days \(request.maxShiftDays): a shift is at most 36500 days (a hundred years)",
        hint: "give 1 to 36500")
    }
    if let twice = request.quasi.indices.first(where: { request.quasi[..<$0].contains(request.quasi[$0]) }) {
      throw AssayError(
        message: "--quasi \(request.quasi.joined(separator: ",")): \(request.quasi[twice]) is named twice",
        hint: "name each column once")
    }
    for name in request.quasi + [request.sensitive].compactMap({ $0 }) {
      let option = request.quasi.contains(name) ? "--quasi" : "--sensitive"
      _ = try column(name, "\(option) \(name)")
      if seen[name] == .drop {
        throw AssayError(
          message: "\(option) \(name): the column is dropped", hint: "keep it, or leave it out of \(option)")
      }
    }
    if let sensitive = request.sensitive, request.quasi.contains(sensitive) {
      throw AssayError(
        message:
          "--sensitive \(ColumnAction.quoted(sensitive)): the sensitive column cannot be a quasi-identifier",
        hint: "leave it out of --quasi, or name another sensitive column")
    }
    let given = [
      request.k.map { "--k \($0)" }, request.sensitive.map { "--sensitive \(ColumnAction.quoted($0))" },
    ]
    .compactMap { $0 }
    if request.quasi.isEmpty && !given.isEmpty {
      throw AssayError(
        message:
          "\(given.joined(separator: " and ")) \(given.count == 1 ? "is" : "are") about classes of --quasi columns",
        hint: "name them with --quasi a,b,c")
    }
    if let k = request.k, k < 1 {
      throw AssayError(message: "--k \(k): not a class size", hint: "give 1 or more")
    }
  }

  /// Throws when a column's type cannot take the action.
  private static func check(_ action: ColumnAction, on column: Column, option: String) throws {
    let type = column.type
    switch action {
    case .drop, .mask, .hash: return
    case .generalizeBins(let width):
      guard type.isNumeric else {
        throw typeError(option, type, wants: "numbers (or a date: =year|month|day|hour)")
      }
      guard width > 0, width.isFinite else {
        throw AssayError(message: "\(option): a bin width is a positive number", hint: "e.g. age=10")
      }
      let unbinnable = (0..<column.count).first { !Generalization.canBin(column[$0], width: width) }
      if let row = unbinnable {
        throw AssayError(
          message:
            "\(option): the width \(BinText.number(width)) is too small to bin \(column[row]) (row \(row + 1))",
          hint: "choose a larger width")
      }
    case .generalizeTime(let grain):
      guard type.isTime else { throw typeError(option, type, wants: "dates or timestamps (or numbers: =10)") }
      if grain == .hour && type == .date {
        throw AssayError(message: "\(option): a date has no hours", hint: "use =day, =month or =year")
      }
    case .shiftDates:
      guard type.isTime else { throw typeError(option, type, wants: "dates or timestamps") }
    case .topCode(let q):
      guard type.isNumeric else { throw typeError(option, type, wants: "numbers") }
      guard q > 0, q < 1 else {
        throw AssayError(message: "\(option): the quantile is between 0 and 1", hint: "e.g. income=0.99")
      }
    }
  }

  /// The error for an action on a column of the wrong type.
  private static func typeError(_ option: String, _ type: ColumnType, wants: String) -> AssayError {
    AssayError(
      message: "\(option): the column holds \(type.rawValue) values", hint: "this action takes \(wants)")
  }
}
