import AssayCore
import AssayJSON
import Testing

/// How rows, nested objects, arrays and missing keys become columns.
@Suite struct ShapeTests {
  @Test func linesFlattenNestedObjectsInOrderOfFirstAppearance() throws {
    let table = try read(
      """
      {"id": 1, "user": {"name": "Ann", "address": {"city": "Oslo"}}, "tags": [1, 2, "a"]}
      {"id": 2, "extra": true, "user": {"name": "Bo"}}
      """)
    #expect(table.columnNames == ["id", "user.name", "user.address.city", "tags", "extra"])
    #expect(
      cells(table) == [["1", "Ann", "Oslo", "[1,2,\"a\"]", "null"], ["2", "Bo", "null", "null", "true"]])
  }
}
