import AssaySQL
import Testing

/// Identifiers are quoted the engine's way, inner quotes doubled; placeholders are numbered only
/// for PostgreSQL.
struct SQLDialectTests {
  @Test func quotesIdentifiersAndWritesPlaceholders() {
    #expect(SQLDialect(.postgres).quote(#"a"b"#) == #""a""b""#)
    #expect(SQLDialect(.mysql).quote("a`b") == "`a``b`")
    #expect(SQLDialect(.sqlite).quote(schema: "", name: "t") == "`t`")
    #expect(SQLDialect(.postgres).quote(schema: "s", name: "t") == #""s"."t""#)
    #expect(SQLDialect(.postgres).placeholder(2) == "$2")
    #expect(SQLDialect(.mysql).placeholder(2) == "?")
  }
}
