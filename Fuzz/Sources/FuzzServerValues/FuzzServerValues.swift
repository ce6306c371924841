import AssayCore
import AssayMariaDB
import AssaySQLite

/// Reads the input as a value a database hands over: its first byte picks a MariaDB column kind,
/// the rest is the value as MariaDB's text protocol writes it; the rest is also read as a SQLite
/// date and timestamp.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzServerValues(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data, size > 0 else { return 0 }
  let kinds = MariaDBFieldKind.allCases
  let kind = kinds[Int(data[0]) % kinds.count]
  let rest = UnsafeRawBufferPointer(start: data + 1, count: size - 1)
  _ = MariaDBValueText.value(rest, kind: kind)
  let text = String(decoding: rest, as: UTF8.self)
  _ = SQLiteTimeText.value(text, as: .date)
  _ = SQLiteTimeText.value(text, as: .timestamp)
  return 0
}
