import AssayCore
import Foundation
import Testing

@testable import AssayParquet

/// A file whose top-level fields repeat a name (pyarrow writes such files) loads with the repeats
/// suffixed, as a CSV header's are, so a column can be named and an export keeps every one.
struct RepeatedNameTests {
  @Test func repeatedFieldsAreSuffixedAndEachCanBeRead() async throws {
    let path = try PyarrowColumnFile.written(
      table: "pa.Table.from_arrays([pa.array([1, 2]), pa.array([3, 4])], names=['a', 'a'])")
    defer { unlink(path) }
    let whole = try await ParquetSource(path: path, name: "r", columns: nil).loadAll()
    #expect(whole.columnNames == ["a", "a_2"])
    let second = try await ParquetSource(path: path, name: "r", columns: ["a_2"]).loadAll()
    #expect(second.columnNames == ["a_2"])
    #expect((0..<second.rowCount).map { second.columns[0][$0] } == [.int(3), .int(4)])
  }
}
