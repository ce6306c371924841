import AssayCSV
import AssayCore

/// Reads the input as CSV whole, then split into 7-byte chunks in parallel and 3-byte chunks in
/// sequence, so chunk boundaries fall everywhere; all three must give the same cells or the same error.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let whole = Result { try CSVReader.read(bytes: bytes, name: "fuzz") }
  for (chunkSize, parallel) in [(7, true), (3, false)] {
    let split = Result {
      try CSVReader.read(
        bytes: bytes, name: "fuzz", options: SourceOptions(), chunkSize: chunkSize, parallel: parallel)
    }
    switch (whole, split) {
    case (.success(let a), .success(let b)) where sameCells(a, b): break
    case (.failure(let a), .failure(let b)) where "\(a)" == "\(b)": break
    default: fatalError("chunk size \(chunkSize), parallel \(parallel): \(whole) but \(split)")
    }
  }
  return 0
}

/// Whether two tables have the same column names, types and cells, however their columns are chunked.
func sameCells(_ a: Table, _ b: Table) -> Bool {
  guard a.columnNames == b.columnNames, a.columns.map(\.type) == b.columns.map(\.type),
    a.rowCount == b.rowCount
  else { return false }
  return zip(a.columns, b.columns).allSatisfy { x, y in
    (0..<a.rowCount).allSatisfy { x[$0] == y[$0] || "\(x[$0])" == "\(y[$0])" }  // NaN is not == itself
  }
}
