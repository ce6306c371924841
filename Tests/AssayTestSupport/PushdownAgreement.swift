import AssayAnalysis
import AssayCore
import AssaySQL
import Testing

/// What the engine does for a sheet too large to hold agrees with what Assay does in memory on
/// the whole table: the rows a filter keeps (and the summaries of them), the order of a sort, and
/// the rows of each window.
public struct PushdownAgreement {
  /// The database.
  public let server: any DatabaseServer
  /// The table, read whole: the reference.
  public let reference: Table
  /// The table's name in the database.
  public let name: String

  /// The agreement checks for table `name` of `server`, read whole first.
  public init(server: any DatabaseServer, table name: String) async throws {
    self.server = server
    self.name = name
    reference = try await DatabaseTable(server: server, reference: .named(name)).loadAll()
  }

  /// The agreement on the sample tables every test server holds: filters of penguins (nulls,
  /// integers, texts, patterns) and of weather (dates), sorts of penguins, and its windows.
  public static func expectSampleTablesAgree(
    server: any DatabaseServer, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) async throws {
    let penguins = try await PushdownAgreement(server: server, table: "penguins")
    try await penguins.expectFiltersAgree(
      [
        "sex == null", "not (bill_length_mm > 40)", "body_mass_g == 3750", "species ~ \"^Ad\"",
        "island < \"Dream\" and year >= 2008.5",
      ], sourceLocation: sourceLocation)
    try await penguins.expectSortsAgree(
      [
        [SortKey(column: 2)], [SortKey(column: 3, descending: true)], [SortKey(column: 6)],
        [SortKey(column: 0, descending: true), SortKey(column: 5)],
      ], sourceLocation: sourceLocation)
    try await penguins.expectWindowsCover(held: 100, sourceLocation: sourceLocation)
    try await penguins.expectSortedWindowsMeet(
      by: [SortKey(column: 0)], held: 50, sourceLocation: sourceLocation)
    let weather = try await PushdownAgreement(server: server, table: "weather")
    try await weather.expectFiltersAgree(
      ["date >= \"2014-06-01\" and weather == \"sun\"", "date < \"2012-01-05 12:00\""],
      sourceLocation: sourceLocation)
    try weather.expectCalendarFrequenciesAgree(
      tiesInAnyOrder: server.dialect.engine == .clickhouse, sourceLocation: sourceLocation)
  }

  /// Each date and time column counted by every calendar part by the engine equals its count in
  /// memory: labels, counts, and ties in order of first appearance (in any order when the engine's
  /// rows come in no set order, `tiesInAnyOrder`: a Distributed table's shards answer as they finish).
  public func expectCalendarFrequenciesAgree(
    tiesInAnyOrder: Bool = false, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    func compared(_ table: Table) -> [[Value]] {
      let rows = Self.rows(table)
      return tiesInAnyOrder ? rows.map { Array($0.prefix(3)) }.sorted { "\($0)" < "\($1)" } : rows
    }
    let times = reference.columns.filter { $0.type == .date || $0.type == .timestamp }.map(\.name)
    #expect(!times.isEmpty, "\(name) has date or time columns", sourceLocation: sourceLocation)
    for column in times {
      for part in CalendarPart.allCases {
        let sheet = sheet()
        #expect(
          compared(try sheet.aggregates.frequency(column: column, by: part, monitor: nil))
            == compared(try TableAggregates(reference).frequency(column: column, by: part, monitor: nil)),
          "\(name).\(column) by \(part)", sourceLocation: sourceLocation)
        // Counted by the engine's GROUP BY, the column never read on its own.
        let sent = sheet.log.statements.map(\.sql)
        #expect(sent.contains { $0.contains("GROUP BY") }, "\(sent)", sourceLocation: sourceLocation)
        #expect(
          !sent.contains { $0.hasPrefix("SELECT \(server.dialect.quote(column)) FROM") }, "\(sent)",
          sourceLocation: sourceLocation)
      }
    }
  }

  /// The table's sheet as the application opens it, holding `heldRows` rows at once when given.
  public func sheet(heldRows: Int? = nil) -> DatabaseTable {
    DatabaseTable(server: server, reference: .named(name), heldRows: heldRows)
  }

  /// The rows of a table, row by row.
  public static func rows(_ table: Table) -> [[Value]] {
    (0..<table.rowCount).map { row in table.columns.map { $0[row] } }
  }

  /// Where two lists of rows first differ, for a short failure message; nil when they are equal.
  /// Values compare as shown: a column's type may widen with the rows a load reads (MariaDB's
  /// unsigned integers past Int64's range), not its values.
  static func firstDifference(_ actualValues: [[Value]], _ expectedValues: [[Value]]) -> String? {
    let (actual, expected) = (
      actualValues.map { $0.map(\.description) }, expectedValues.map { $0.map(\.description) }
    )
    guard actual != expected else { return nil }
    let index =
      zip(actual, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset
      ?? min(actual.count, expected.count)
    guard actual.indices.contains(index), expected.indices.contains(index) else {
      return "\(actual.count) rows against \(expected.count)"
    }
    let column =
      zip(actual[index], expected[index]).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? 0
    return "\(actual.count) rows against \(expected.count); row \(index), column \(column): "
      + "\(actual[index][column]) against \(expected[index][column])"
  }

  /// A column's values, row by row.
  static func values(_ column: Column) -> [Value] { (0..<column.count).map { column[$0] } }

  /// Each filter keeps the rows it keeps in memory, in the table's order, and (when `describing`)
  /// the engine's describe of them equals the in-memory describe.
  public func expectFiltersAgree(
    _ filters: [String], describing: Bool = true, sourceLocation: Testing.SourceLocation = #_sourceLocation
  )
    async throws
  {
    for text in filters {
      let expression = try FilterExpression.parse(text, for: reference)
      let expected = reference.gathering(rows: try expression.rows(in: reference))
      let filtered = try sheet().filtered(by: expression, columns: reference.columns, text: text)
      let table = try await filtered.loadAll()
      let difference = Self.firstDifference(Self.rows(table), Self.rows(expected))
      #expect(difference == nil, "filter \(text)", sourceLocation: sourceLocation)
      guard describing else { continue }
      let summaries = try #require(filtered as? any Aggregating).describe(columns: nil, monitor: nil)
      let inMemory = try TableAggregates(expected).describe(columns: nil, monitor: nil)
      #expect(
        summaries == inMemory, "describe after \(text)",
        sourceLocation: sourceLocation)
    }
  }

  /// Each sort orders the key columns' values as Assay's sort does.
  public func expectSortsAgree(
    _ sorts: [[SortKey]], sourceLocation: Testing.SourceLocation = #_sourceLocation
  )
    async throws
  {
    for keys in sorts {
      let expected = TableSort.sorted(reference, by: keys)
      let table = try await sheet().sorted(by: keys, columns: reference.columns).loadAll()
      for key in keys {
        let difference = Self.firstDifference(
          Self.values(table.columns[key.column]).map { [$0] },
          Self.values(expected.columns[key.column]).map { [$0] })
        #expect(
          difference == nil,
          "sort by \(keys.map { reference.columns[$0.column].name + ($0.descending ? " ↓" : " ↑") })",
          sourceLocation: sourceLocation)
      }
    }
  }

  /// A sheet holding `held` rows at once reads the table in windows of that many rows, each the
  /// rows at its place, the last saying no rows follow; the window before a window is the rows
  /// before it.
  public func expectWindowsCover(held: Int, sourceLocation: Testing.SourceLocation = #_sourceLocation)
    async throws
  {
    let all = Self.rows(reference)
    let browsing = sheet(heldRows: held).browsing(capacity: nil)
    var first = 0
    while first < all.count {
      let update = try await Self.lastUpdate(browsing.window(from: first, limit: nil))
      let end = min(all.count, first + held)
      let difference = Self.firstDifference(Self.rows(update.table), Array(all[first..<end]))
      #expect(difference == nil, "rows from \(first)", sourceLocation: sourceLocation)
      #expect(
        update.window == RowWindow(firstRow: first, moreFollow: end < all.count, capacity: held),
        "window from \(first)",
        sourceLocation: sourceLocation)
      first = end
    }
    let before = try await Self.lastUpdate(browsing.window(from: held, limit: held))
    let difference = Self.firstDifference(
      Self.rows(before.table), Array(all[held..<min(all.count, 2 * held)]))
    #expect(difference == nil, "the window before", sourceLocation: sourceLocation)
  }

  /// A sheet sorted by keys with many ties and holding `held` rows at once reads the same rows in
  /// its windows, one after another, as the whole sorted sheet in one read: every row once, none
  /// skipped or repeated where a window ends inside a run of equal keys.
  public func expectSortedWindowsMeet(
    by keys: [SortKey], held: Int, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) async throws {
    let whole = Self.rows(try await sheet().sorted(by: keys, columns: reference.columns).loadAll())
    let sorted = sheet(heldRows: held).browsing(capacity: nil).sorted(by: keys, columns: reference.columns)
    var windows: [[Value]] = []
    while windows.count < whole.count {
      let window = Self.rows(try await Self.lastUpdate(sorted.window(from: windows.count, limit: nil)).table)
      guard !window.isEmpty else { break }
      windows += window
    }
    let difference = Self.firstDifference(windows, whole)
    #expect(difference == nil, "windows of the sorted sheet", sourceLocation: sourceLocation)
    Self.expectEveryRowOnce(windows, of: Self.rows(reference), sourceLocation: sourceLocation)
  }

  /// Table `name`'s sheet filtered by `filter`, without a sort, and holding `held` rows at once
  /// reads in its windows, one after another, every row the whole filtered sheet holds, once,
  /// whatever order the engine reads in. (The table is never read whole: it may be large.)
  public static func expectFilteredWindowsMeet(
    server: any DatabaseServer, table name: String, filter: String, held: Int,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) async throws {
    let sheet = DatabaseTable(server: server, reference: .named(name), heldRows: held)
    let firstRow = try await sheet.window(from: 0, limit: 1).loadAll()
    let expression = try FilterExpression.parse(filter, for: firstRow)
    let kept = rows(
      try await sheet.filtered(by: expression, columns: firstRow.columns, text: filter).loadAll())
    let filtered = try sheet.browsing(capacity: nil).filtered(
      by: expression, columns: firstRow.columns, text: filter)
    var windows: [[Value]] = []
    while true {
      let update = try await lastUpdate(filtered.window(from: windows.count, limit: nil))
      windows += rows(update.table)
      if update.window?.moreFollow != true { break }
    }
    #expect(kept.count > 2 * held, "the filter keeps more than two windows", sourceLocation: sourceLocation)
    expectEveryRowOnce(windows, of: kept, sourceLocation: sourceLocation)
  }

  /// `rows` hold each row of `expected` as often as it holds it: none repeated, none missing.
  static func expectEveryRowOnce(
    _ rows: [[Value]], of expected: [[Value]], sourceLocation: Testing.SourceLocation
  ) {
    let counts = { (rows: [[Value]]) in
      Dictionary(rows.map { ($0.map(\.description), 1) }, uniquingKeysWith: +)
    }
    let (read, held) = (counts(rows), counts(expected))
    let repeated = read.filter { $0.value > held[$0.key, default: 0] }.count
    let missing = held.filter { $0.value > read[$0.key, default: 0] }.count
    #expect(repeated == 0 && missing == 0, "rows repeated and rows missing", sourceLocation: sourceLocation)
  }

  /// The last update of a load.
  private static func lastUpdate(_ source: any TableSource) async throws -> LoadUpdate {
    var last: LoadUpdate?
    for try await update in source.load() { last = update }
    return try #require(last)
  }
}
