import AssayCore
import Testing

@testable import AssayCSV

/// A format the options force is kept or refused with its place; a guessed one falls back to text.
@Suite struct ForcedTimeTests {
  static func read(_ text: String, _ named: [String: String], chunkSize: Int = 4 << 20) throws -> Table {
    var options = SourceOptions()
    options.named = named
    return try CSVReader.read(
      bytes: Array(text.utf8), name: "t.csv", options: options, chunkSize: chunkSize, parallel: true)
  }

  @Test(arguments: [4 << 20, 16])
  func aValueThatDoesNotFitAForcedFormatIsRefusedAtItsLineAndColumn(chunkSize: Int) {
    let text = "a,d\nx,2024-01-05\ny,2024-01-06\nz,2023-02-29\n"
    #expect {
      try Self.read(text, ["date-format": "d=%Y-%m-%d"], chunkSize: chunkSize)
    } throws: { error in
      "\(error)".hasPrefix("t.csv:4:2: '2023-02-29' in column 'd' does not fit --date-format %Y-%m-%d")
    }
    #expect {
      try Self.read("d\n1700000000\nsoon\n", ["epoch": "d"], chunkSize: chunkSize)
    } throws: { error in "\(error)".hasPrefix("t.csv:3:1: 'soon' in column 'd' does not fit --epoch") }
    #expect {
      try Self.read("d\n0\n99999999999999\n", ["epoch": "d"], chunkSize: chunkSize)
    } throws: { error in
      "\(error)".hasPrefix("t.csv:3:1: '99999999999999' in column 'd' does not fit --epoch")
    }
  }

  @Test func anUndecidedSlashDateColumnIsNamedByTheValueThatDecidesIt() throws {
    for text in ["d\n01/02/2024\n02/13/2024\n", "d\n02/13/2024\n01/02/2024\n"] {
      let table = try Self.read(text, [:])
      #expect(table.columns[0].sourceFormat == "MM/DD/YYYY")
    }
    #expect(try Self.read("d\n01/02/2024\n13/02/2024\n", [:]).columns[0].sourceFormat == "DD/MM/YYYY")
  }

  @Test func valuesThatFitAndEmptyCellsLoad() throws {
    let table = try Self.read("a,d\nx,2024-01-05\ny,\n", ["date-format": "d=%Y-%m-%d"])
    #expect(table.columns[1].type == .date)
    #expect(table.columns[1][1].isNull)
  }

  @Test func aGuessedFormatThatAValueBreaksIsText() throws {
    let table = try Self.read("d\n2024-01-05\n2023-02-29\n", [:])
    #expect(table.columns[0].type == .string)
  }
}
