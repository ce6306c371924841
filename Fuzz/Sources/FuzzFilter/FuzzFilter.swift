import AssayCore

/// A small table with a column of each type, nulls, and a name that needs backquotes.
let table = Table(
  name: "fuzz",
  columns: [
    Column(name: "x", type: .int, values: [.int(10), .int(-3), .int(Int64.max), .null]),
    Column(
      name: "category", type: .string, values: [.string("books"), .string(""), .string("é\u{0}"), .null]),
    Column(name: "when", type: .date, values: [.date(0), .date(-1), .null, .date(20_000)]),
    Column(name: "ok", type: .bool, values: [.bool(true), .bool(false), .null, .bool(true)]),
    Column(name: "unit price", type: .double, values: [.double(2.5), .double(.nan), .double(-0.0), .null]),
  ])

/// Parses the input as a filter expression on `table` and, when it parses, evaluates it.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzFilter(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  if let expression = try? FilterExpression.parse(text, for: table) {
    _ = try? expression.rows(in: table)
  }
  return 0
}
