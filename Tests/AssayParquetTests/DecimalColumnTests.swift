import AssayCore
import Foundation
import Testing

@testable import AssayParquet

/// A DECIMAL column a double holds is read as doubles shown with the scale the file declares, as
/// pyarrow shows them (`12.50`), in the table and in every written format.
struct DecimalColumnTests {
  @Test func decimalsAreShownWithTheirDeclaredScale() async throws {
    let path = try PyarrowColumnFile.written(
      name: "d",
      array: "pa.array([decimal.Decimal('12.50'), decimal.Decimal('-1.5'), None, decimal.Decimal('3')], "
        + "pa.decimal128(10, 2))")
    defer { unlink(path) }
    let table = try await ParquetSource(path: path, name: "d", columns: nil).loadAll()
    let column = table.columns[0]
    #expect(column.type == .double)
    #expect(column.decimalPlaces == 2)
    #expect((0..<table.rowCount).map { column.text(of: column[$0]) } == ["12.50", "-1.50", "", "3.00"])
    #expect(TableWriter.string(table, format: .csv) == "d\n12.50\n-1.50\n\n3.00\n")
    #expect(
      TableWriter.string(table, format: .jsonl)
        == "{\"d\": 12.50}\n{\"d\": -1.50}\n{\"d\": null}\n{\"d\": 3.00}\n")
  }
}
