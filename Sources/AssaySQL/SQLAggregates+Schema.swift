import AssayCore

extension SQLAggregates {
  /// The sheet's columns, without rows, typed as the engine declares them: a number column stays
  /// a number column for its summaries where a load keeps values no double holds exactly as text
  /// (`DecimalText`, a UInt64 past Int64), its extremes shown exact. In SQLite, whose columns hold
  /// values of any kind, by the first row, widened to hold the kinds of value each column holds
  /// over every row (`SQLiteStorage`), as a load types them. A query is read as a derived table
  /// (`SELECT * FROM (query) LIMIT 0`, which the engine plans but does not run; `LIMIT 1` in
  /// SQLite), never sent as written, and only one that reads rows is sent at all
  /// (`QueryOpening`). Learned once per sheet (`LearnedSchemas`). Summaries (`summarizing`)
  /// refuse a result with two columns of one name, which their SQL could not tell apart; a load
  /// of its rows keeps both.
  func schema(_ session: SQLSession, summarizing: Bool = true) throws -> Table {
    if case .query(let sql) = reference { try QueryOpening.requireReading(sql, name: name) }
    let sql = "\(selectList(columns)) LIMIT \(dialect.engine == .sqlite ? 1 : 0)"
    let key = sql + String(reflecting: condition?.parameters ?? [])
    let table = try schemas.columns(for: key) { try learnedSchema(sql, session) }
    if summarizing, let repeated = Self.firstRepeat(table.columns.map(\.name)) {
      throw AssayError(
        message:
          "\(name): the result has two columns named '\(SafeText.visible(repeated))', which SQL cannot tell apart",
        hint: "name them apart with AS in the query")
    }
    return table
  }

  /// The columns of `sql`'s result (see `schema`), asked of the engine.
  private func learnedSchema(_ sql: String, _ session: SQLSession) throws -> Table {
    let (first, declared) = try session.head(sql, name: name)
    guard dialect.engine == .sqlite else {
      return Table(name: name, columns: declared.map(\.emptyColumn))
    }
    var types = first.columns.map(\.type)
    if !types.isEmpty {
      let kinds = first.columns.map { SQLiteStorage.kinds(of: quoted($0.name)) }
      let flags = try session.row("SELECT \(kinds.joined(separator: ", ")) FROM \(from)")
      for (index, flag) in flags.enumerated() {
        types[index] = SQLiteStorage.widened(types[index], holding: Int(flag.engineNumber ?? 0))
      }
    }
    let names = Self.namesAsQueried(first.columns.map(\.name))
    return Table(name: name, columns: zip(names, types).map { Column(name: $0, type: $1, values: []) })
  }

  /// SQLite's names of a derived table's columns as its query names them: SQLite tells a repeated
  /// name apart as `name:1`, `name:2` (where the query's own result, and a load, has `name` again).
  private static func namesAsQueried(_ names: [String]) -> [String] {
    var seen = Set<String>()
    return names.map { name in
      defer { seen.insert(name) }
      guard let colon = name.lastIndex(of: ":"), name[name.index(after: colon)...].allSatisfy(\.isNumber),
        name.index(after: colon) < name.endIndex, seen.contains(String(name[..<colon]))
      else { return name }
      return String(name[..<colon])
    }
  }

  /// The first name that `names` holds twice.
  private static func firstRepeat(_ names: [String]) -> String? {
    var seen = Set<String>()
    return names.first { !seen.insert($0).inserted }
  }
}
