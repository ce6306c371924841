import AssayCore
import AssayParquet

/// Reads the input as a Parquet file: footer, schema, and every column chunk's pages.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzParquet(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = BufferBytes(Array(UnsafeBufferPointer(start: data, count: size)))
  do {
    let table = try ParquetSource(name: "fuzz.parquet", bytes: bytes, columns: nil).loadNow()
    for column in table.columns where table.rowCount > 0 { _ = column[table.rowCount - 1] }
  } catch {}
  return 0
}
