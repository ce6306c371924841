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

/// Reads JSON text given as a string.
func read(_ text: String, format: JSONFormat = .lines, options: SourceOptions = SourceOptions()) throws
  -> Table
{
  try JSONReader.read(bytes: Array(text.utf8), name: "test.jsonl", format: format, options: options)
}

/// Each row's cells as text, `null` for nulls.
func cells(_ table: Table) -> [[String]] {
  (0..<table.rowCount).map { row in
    table.columns.map { $0[row].isNull ? "null" : $0[row].description }
  }
}
