import AssayCore
import Foundation
import Testing

@testable import AssayParquet

/// A UINT64 column with values past Int64's range keeps every value exact, as its digits; one
/// within the range reads as ints.
struct UnsignedColumnTests {
  /// Writes a file of `values` in a UINT64 column `u` with pyarrow; its path.
  private func written(_ values: String) throws -> String {
    try PyarrowColumnFile.written(name: "u", array: "pa.array(\(values), pa.uint64())")
  }

  @Test func valuesPastInt64AreTheirExactDigits() async throws {
    let path = try written("[2**64 - 1, 2**64 - 2, None, 5]")
    defer { unlink(path) }
    let table = try await ParquetSource(path: path, name: "u", columns: nil).loadAll()
    #expect(table.columns[0].type == .string)
    #expect(
      (0..<table.rowCount).map { table.columns[0][$0] }
        == [.string("18446744073709551615"), .string("18446744073709551614"), .null, .string("5")])
  }

  @Test func valuesWithinInt64AreInts() async throws {
    let path = try written("[2**63 - 1, 0]")
    defer { unlink(path) }
    let table = try await ParquetSource(path: path, name: "u", columns: nil).loadAll()
    #expect((0..<table.rowCount).map { table.columns[0][$0] } == [.int(.max), .int(0)])
  }
}
