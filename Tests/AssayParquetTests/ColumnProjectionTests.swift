import AssayCore
import Foundation
import Testing

@testable import AssayParquet

/// A command that uses one column reads that column's chunks and the footer, nothing else.
struct ColumnProjectionTests {
  /// Bytes that count what is asked of them.
  final class CountingBytes: ParquetBytes, @unchecked Sendable {
    let inner: BufferBytes
    private let lock = NSLock()
    private var asked = 0
    init(_ bytes: [UInt8]) { inner = BufferBytes(bytes) }
    var size: Int { inner.size }
    var bytesAsked: Int { lock.withLock { asked } }
    func withBytes<T>(offset: Int, count: Int, _ body: (UnsafeRawBufferPointer) throws -> T) throws -> T {
      lock.withLock { asked += count }
      return try inner.withBytes(offset: offset, count: count, body)
    }
  }

  @Test func oneColumnReadsOnlyItsChunks() throws {
    let rows = 50_000
    let table = Table(
      name: "wide",
      columns: (0..<8).map { c in
        Column(
          name: "c\(c)", type: .double, values: (0..<rows).map { .double(Double($0 * (c + 1)).squareRoot()) })
      })
    var file: [UInt8] = []
    var writer = ParquetWriter(compression: .none)
    writer.rowGroupRows = 10_000
    try writer.write(table) { file += $0 }
    let bytes = CountingBytes(file)
    let read = try ParquetSource(name: "wide.parquet", bytes: bytes, columns: ["c3"]).loadNow()
    #expect(read.columnNames == ["c3"])
    #expect(read.rowCount == rows)
    #expect(read.columns[0][49_999] == .double(Double(49_999 * 4).squareRoot()))
    // One column of eight, plus the footer and the magic at both ends.
    #expect(bytes.bytesAsked < file.count / 6, "asked \(bytes.bytesAsked) of \(file.count) bytes")
    #expect(bytes.bytesAsked > file.count / 10, "asked \(bytes.bytesAsked) of \(file.count) bytes")
  }
}
