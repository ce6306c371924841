import Testing

@testable import AssayCore

/// Every kind of cell: all types, nulls, NaN, extreme integers and dates, text needing escapes,
/// several chunks per column and a dictionary-coded chunk.
private func awkwardTable() -> Table {
  let words = ["plain", "a,b", "say \"hi\"", "line\nbreak", "tab\there", "back\\slash", "cr\rx", ""]
  let texts = words.map(Value.string) + [.null]
  var validity = ValidityBitmap(count: 3, allValid: true)
  validity.set(1, valid: false)
  let coded = ColumnChunk(
    values: .string(.dictionary(codes: [1, 0, 1], dictionary: ["x,y", "z\tw"])), validity: validity)
  let packed = Column(name: "text", type: .string, values: texts)
  return Table(
    name: "awkward",
    columns: [
      Column(name: "text", type: .string, chunks: packed.chunks + [coded]),
      Column(
        name: "int", type: .int,
        values: [
          .int(0), .int(-7), .int(.min), .int(.max), .null, .int(42), .int(1_000_000), .int(-1), .int(9),
          .int(10),
          .int(11), .int(12),
        ]),
      Column(
        name: "double, with comma", type: .double,
        values: [0.1, -0.0, .nan, 1e300, 2.5, -3, 1e-7, 123456789.125, 5, 6, 7, 8].map(Value.double)),
      Column(
        name: "date", type: .date,
        values: [Int32]([0, -1, 2_932_896, -719_528, -800_000, 19_000, 1, 2, 3, 4, 5]).map(Value.date) + [
          .null
        ]),
      Column(name: "flag", type: .bool, values: (0..<12).map { $0 % 3 == 0 ? .null : .bool($0 % 2 == 0) }),
    ])
}

/// What the writer must produce: each cell's `Value.description`, quoted as RFC 4180 quotes it,
/// with a tab for the comma in TSV.
private func reference(_ table: Table, tsv: Bool) -> String {
  let separator: Character = tsv ? "\t" : ","
  func escape(_ s: String) -> String {
    guard s.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
    else {
      return s
    }
    return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
  var lines = [table.columnNames.map(escape).joined(separator: String(separator))]
  for row in 0..<table.rowCount {
    lines.append(table.columns.map { escape($0[row].description) }.joined(separator: String(separator)))
  }
  return lines.map { $0 + "\n" }.joined()
}

@Test(arguments: [TableFormat.csv, .tsv])
func delimitedRowsWriteEachCellsDescriptionEscaped(format: TableFormat) {
  let table = awkwardTable()
  #expect(TableWriter.string(table, format: format) == reference(table, tsv: format == .tsv))
}

@Test func decimalTextSpellsIntegersAndDatesAsStringsDo() {
  for value: Int64 in [0, 1, -1, 9, 10, -10, 99, 100, 123_456_789, .max, .min, .max - 1, .min + 1] {
    var out: [UInt8] = []
    DecimalText.append(value, to: &out)
    #expect(String(decoding: out, as: UTF8.self) == String(value))
  }
  for day: Int32 in [0, -1, 1, 59, 365, -719_528, 2_932_896, 2_932_897, -719_529, .max, .min] {
    var out: [UInt8] = []
    DecimalText.appendDate(day, to: &out)
    #expect(String(decoding: out, as: UTF8.self) == CivilDate(daysSinceEpoch: day).iso, "\(day)")
  }
}

@Test func longChunksAreWrittenWindowByWindowWithTheSameText() {
  // Chunks longer than a window of rows, of uneven lengths, with nulls and text that needs quotes.
  func chunks(_ values: [Value], type: ColumnType) -> [ColumnChunk] {
    Column(name: "c", type: type, values: Array(values[..<5000])).chunks
      + Column(name: "c", type: type, values: Array(values[5000...])).chunks
  }
  let rows = 0..<9001
  let ints = rows.map { $0 % 97 == 0 ? Value.null : .int(Int64($0 * 7 - 20_000)) }
  let texts = rows.map { $0 % 89 == 0 ? Value.null : .string($0 % 3 == 0 ? "a,\($0)" : "t\($0)") }
  let table = Table(
    name: "long",
    columns: [
      Column(name: "n", type: .int, chunks: chunks(ints, type: .int)),
      Column(name: "t", type: .string, chunks: chunks(texts, type: .string)),
    ])
  #expect(TableWriter.string(table, format: .csv) == reference(table, tsv: false))
}
