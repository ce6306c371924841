import Foundation

/// What a database sheet reads: a table or view by schema and name, or the result of a query.
public enum TableReference: Sendable, Equatable {
  /// A table or view; `schema` may be empty (the session's default).
  case table(schema: String, name: String)
  /// A read-only query's result.
  case query(String)

  /// The reference in `?table=` form: `name`, or `schema.name` when the first dot splits it.
  public static func named(_ text: String) -> TableReference {
    guard let dot = text.firstIndex(of: ".") else { return .table(schema: "", name: text) }
    return .table(schema: String(text[..<dot]), name: String(text[text.index(after: dot)...]))
  }

  /// What goes after FROM: the quoted name, or the query as a derived table.
  public func fromClause(_ dialect: SQLDialect) -> String {
    switch self {
    case .table(let schema, let name): return dialect.quote(schema: schema, name: name)
    case .query(let sql): return "(\(Self.derivedBody(sql))) AS \(dialect.quote("query"))"
    }
  }

  /// A query's text as a derived table's body: without the semicolons and spaces that may end it,
  /// and ended by a line break when its last line holds a `--` comment, which would otherwise run
  /// over the closing parenthesis.
  static func derivedBody(_ sql: String) -> String {
    var body = Substring(sql)
    while let last = body.last, last == ";" || last.isWhitespace { body.removeLast() }
    let lastLine = body.split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
    return lastLine.contains("--") ? body + "\n" : String(body)
  }

  /// The name for people and breadcrumbs: `public.orders`, `orders`, or `query`.
  public var displayName: String {
    switch self {
    case .table(let schema, let name): return schema.isEmpty ? name : schema + "." + name
    case .query: return "query"
    }
  }

  /// A listing entry's locator for this table: schema and name percent-encoded around a `/`, so
  /// names holding dots or slashes come back whole (`tableReference(locator:)`).
  var locator: String {
    guard case .table(let schema, let name) = self else { return "" }
    let encode = { (text: String) in
      text.addingPercentEncoding(
        withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "_-"))) ?? text
    }
    return encode(schema) + "/" + encode(name)
  }

  /// The table a listing entry's `locator` names, nil when it names none.
  init?(locator: String) {
    let parts = locator.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let schema = parts[0].removingPercentEncoding,
      let name = parts[1].removingPercentEncoding, !name.isEmpty
    else { return nil }
    self = .table(schema: schema, name: name)
  }
}
