import AssayCore
import Testing

@testable import AssayCSV

/// What Assay writes as CSV or TSV, Assay reads back cell for cell.
struct WrittenTextTests {
  @Test(arguments: [TableFormat.csv, .tsv])
  func textWithSeparatorsQuotesAndLineBreaksComesBackWhole(format: TableFormat) throws {
    let texts = ["plain", "a,b", "tab\there", "say \"hi\"", "line\nbreak", "cr\rx", "back\\slash"]
    let table = Table(
      name: "awkward",
      columns: [
        Column(name: "k", type: .int, values: texts.indices.map { .int(Int64($0)) }),
        Column(name: "v", type: .string, values: texts.map(Value.string)),
      ])
    let written = TableWriter.string(table, format: format)
    var options = SourceOptions()
    options.delimiter = format == .tsv ? 0x09 : 0x2C
    let back = try TableText.read(written, name: "back." + format.rawValue, options: options)
    #expect(back.rowCount == texts.count)
    #expect((0..<texts.count).map { back.columns[1][$0] } == texts.map(Value.string))
  }
}
