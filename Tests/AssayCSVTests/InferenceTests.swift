import AssayCore
import Testing

@testable import AssayCSV

/// Column types, null markers, headers, names and delimiters as a person would see them.
struct InferenceTests {
  @Test func typesOfColumns() throws {
    let table = try TableText.read(
      "i,d,b,dt,s\n1,0.1,true,2024-02-29,x\n-2,3,FALSE,1999-12-31,y\n,NaN,True,,NA\n")
    #expect(table.columns.map(\.type) == [.int, .double, .bool, .date, .string])
    #expect(TableText.cells(table)[0] == [.int(1), .double(0.1), .bool(true), .date(19782), .string("x")])
    #expect(TableText.cells(table)[1] == [.int(-2), .double(3), .bool(false), .date(10956), .string("y")])
    #expect(TableText.cells(table)[2] == [.null, .null, .bool(true), .null, .null])
  }

  @Test func latePromotionAcrossChunks() throws {
    let ints = (1...500).map(String.init).joined(separator: "\n")
    for chunkSize in [16, 100, 1 << 20] {
      let toDouble = try TableText.read("v\n\(ints)\n0.5\n", chunkSize: chunkSize)
      #expect(toDouble.columns[0].type == .double)
      #expect(toDouble.columns[0][499] == .double(500))
      #expect(toDouble.columns[0][500] == .double(0.5))
      let toText = try TableText.read("v\n\(ints)\nlast\n", chunkSize: chunkSize)
      #expect(toText.columns[0].type == .string)
      #expect(toText.columns[0][0] == .string("1"))
      #expect(toText.columns[0][500] == .string("last"))
    }
  }

  @Test func numbersAreExact() throws {
    let texts = [
      "0.1", "1e-300", "2.2250738585072014e-308", "9007199254740993", "123456789012345678901.0", "-0.0",
      "1.7976931348623157e308", "4.9e-324", "0.30000000000000004", ".5", "5.", "1E5",
    ]
    let table = try TableText.read("v\n" + texts.joined(separator: "\n") + "\n")
    #expect(table.columns[0].type == .double)
    for (row, text) in texts.enumerated() {
      #expect(table.columns[0][row] == .double(try #require(Double(text))), "\(text)")
    }
  }

  @Test func integersBeyondInt64KeepEveryDigitAsText() throws {
    for text in ["v\n9223372036854775807\n9223372036854775808\n", "v\n1.5\n12345678901234567891\n"] {
      let table = try TableText.read(text)
      #expect(table.columns[0].type == .string)
      #expect(table.columns[0][1] == .string(String(text.split(separator: "\n")[2])))
    }
    let ids = try TableText.read("id\n12345678901234567891\n12345678901234567892\n1\n")
    #expect(Set((0..<3).map { ids.columns[0][$0] }).count == 3)
  }

  @Test func headerDetection() throws {
    #expect(try TableText.read("a,b\n1,2\n").columnNames == ["a", "b"])
    #expect(try TableText.read("1,2\n3,4\n").columnNames == ["column1", "column2"])
    #expect(try TableText.read("1,2\n3,4\n").rowCount == 2)
    #expect(try TableText.read("x,y\nfoo,bar\n").columnNames == ["x", "y"])
    #expect(try TableText.read("a,b\n1,2\n", options: SourceOptions(header: false)).rowCount == 2)
    let forced = try TableText.read("1,2\n3,4\n", options: SourceOptions(header: true))
    #expect(forced.columnNames == ["1", "2"])
    #expect(forced.rowCount == 1)
  }

  @Test func namesAreMadeUniqueAndNonEmpty() throws {
    let table = try TableText.read("x,,x,x_2,x\n1,2,3,4,5\n")
    #expect(table.columnNames == ["x", "column2", "x_2", "x_2_2", "x_3"])
  }

  @Test func manyRepeatsOfOneNameAreNamedInLinearTime() throws {
    let count = 20_000
    let header = Array(repeating: "a", count: count).joined(separator: ",")
    let row = Array(repeating: "1", count: count).joined(separator: ",")
    let started = ContinuousClock.now
    let table = try TableText.read(header + "\n" + row + "\n")
    #expect(ContinuousClock.now - started < .seconds(5))
    #expect(table.columnNames.prefix(3) == ["a", "a_2", "a_3"])
    #expect(table.columnNames.last == "a_\(count)")
    #expect(Set(table.columnNames).count == count)
  }

  @Test func headerOnlyAndEmpty() throws {
    let headerOnly = try TableText.read("a,b,c\n")
    #expect(headerOnly.columnNames == ["a", "b", "c"])
    #expect(headerOnly.rowCount == 0)
    #expect(headerOnly.columns.map(\.type) == [.string, .string, .string])
    #expect(try TableText.read("").columns.isEmpty)
    #expect(try TableText.read("\n\n").columns.isEmpty)
  }

  @Test(arguments: [(";", "a;b\n1;x\n2;y\n"), ("\t", "a\tb\n1\tx\n2\ty\n"), ("|", "a|b\n1|x,z\n2|y\n")])
  func delimiterIsSniffed(delimiter: String, text: String) throws {
    let table = try TableText.read(text)
    #expect(table.columnNames == ["a", "b"], "delimiter \(delimiter)")
    #expect(table.columns[0].type == .int)
  }

  @Test func tsvNameMeansTab() throws {
    let table = try TableText.read("a,b\tc\n1,2\t3\n", name: "data.tsv")
    #expect(table.columnNames == ["a,b", "c"])
  }

  @Test func givenDelimiterWins() throws {
    let table = try TableText.read("a;b,c\n1;2,3\n", options: SourceOptions(delimiter: UInt8(ascii: ";")))
    #expect(table.columnNames == ["a", "b,c"])
  }

  @Test func fewDistinctStringsUseADictionary() throws {
    let levels = (0..<2000).map { ["red", "green", "blue"][$0 % 3] }.joined(separator: "\n")
    let distinct = (0..<2000).map { "item \($0)" }.joined(separator: "\n")
    let low = try TableText.read("c\n\(levels)\n").columns[0]
    let high = try TableText.read("c\n\(distinct)\n").columns[0]
    guard case .string(.dictionary(_, let dictionary)) = low.chunks[0].values else {
      Issue.record("expected dictionary codes")
      return
    }
    #expect(Set(dictionary) == ["red", "green", "blue"])
    guard case .string(.packed) = high.chunks[0].values else {
      Issue.record("expected packed strings")
      return
    }
    #expect(high[1999] == .string("item 1999"))
    #expect(low[1999] == .string("green"))
  }

  @Test func fastDecimalPathAgreesWithStrtod() throws {
    var generator = SplitMix(seed: 42)
    for _ in 0..<20_000 {
      let digits = Int(generator.next() % 17) + 1
      var text = String(generator.next() % UInt64(pow10(digits)))
      let point = Int(generator.next() % UInt64(text.count + 1))
      text.insert(".", at: text.index(text.startIndex, offsetBy: point))
      if generator.next() % 3 == 0 { text += "e\(Int(generator.next() % 40) - 20)" }
      let parsed = Array(text.utf8).withUnsafeBufferPointer {
        NumberParsing.parseDouble($0.baseAddress.unsafelyUnwrapped, $0.count)
      }
      #expect(parsed == Double(text), "\(text)")
    }
  }

  /// `text` without the zeros that pad its whole part (`007.5` → `7.5`, `00` → `0`): a padded
  /// number is a code, read as text.
  private static func unpadded(_ text: String) -> String {
    var text = Substring(text)
    while text.hasPrefix("0"), let next = text.dropFirst().first, next.isNumber { text = text.dropFirst() }
    return String(text)
  }

  /// Numbers padded with zeros are codes (ZIP codes, account numbers): their column is text, each
  /// written back as it came, where unpadded numbers, `0` and `0.5` stay numbers.
  @Test func zeroPaddedNumbersMakeTheirColumnText() throws {
    let csv =
      "zip,n,d,code,day\n02134,0,0.5,-007,01/02/2024\n10001,10,1.5,12,13/02/2024\n00501,-3,00.25e1,5,\n"
    let table = try TableText.read(csv, chunkSize: 4096)
    #expect(table.columns.map(\.type) == [.string, .int, .string, .string, .date])
    #expect((0..<3).map { table.columns[0][$0] } == [.string("02134"), .string("10001"), .string("00501")])
    #expect((0..<3).map { table.columns[2][$0] } == [.string("0.5"), .string("1.5"), .string("00.25e1")])
    #expect((0..<3).map { table.columns[3][$0] } == [.string("-007"), .string("12"), .string("5")])
    // A padded value far into a streamed column, after chunks typed as ints, turns it to text too.
    let long = "id\n" + (1...5000).map(String.init).joined(separator: "\n") + "\n0042\n"
    let widened = try TableText.read(long, chunkSize: 4096)
    #expect(widened.columns[0].type == .string)
    #expect(widened.columns[0][4999] == .string("5000"))
    #expect(widened.columns[0][5000] == .string("0042"))
  }

  @Test func typedColumnsAgreeWithStrtodCellByCell() throws {
    var generator = SplitMix(seed: 7)
    var doubles: [String] = []
    var ints: [String] = []
    for _ in 0..<20_000 {
      let digits = Int(generator.next() % 20) + 1
      var text = String((0..<digits).map { _ in Character(String(generator.next() % 10)) })
      ints.append((generator.next() % 2 == 0 ? "-" : "") + Self.unpadded(String(text.prefix(18))))
      let point = Int(generator.next() % UInt64(text.count + 1))
      text.insert(".", at: text.index(text.startIndex, offsetBy: point))
      doubles.append((generator.next() % 2 == 0 ? "-" : "") + Self.unpadded(text))
    }
    let csv = "i,d\n" + zip(ints, doubles).map { "\($0),\($1)" }.joined(separator: "\n") + "\n"
    let table = try TableText.read(csv, chunkSize: 4096)
    #expect(table.columns.map(\.type) == [.int, .double])
    for row in 0..<ints.count {
      #expect(table.columns[0][row] == .int(try #require(Int64(ints[row]))), "\(ints[row])")
      #expect(table.columns[1][row] == .double(try #require(Double(doubles[row]))), "\(doubles[row])")
    }
  }

  private func pow10(_ n: Int) -> Int { (0..<n).reduce(1) { acc, _ in acc * 10 } }
}

/// A small seeded generator for reproducible random inputs.
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// A streamed input drops its parsed bytes; a column that turns to text late still shows each
/// earlier value exactly as it was written.
struct StreamedPromotionTests {
  static let spellings: [(name: String, values: [String])] = [
    ("plain ints", ["1", "-23", "0", "456789012345678"]),
    ("odd ints", ["007", "+5", "-0", "1234567890123456789"]),
    ("fixed decimals", ["50.800", "-0.000", "12.345", "0.100"]),
    ("mixed decimals", ["1.5", "2.50", "3", "1e3", ".5", "5."]),
    ("booleans", ["True", "False"]),
    ("mixed booleans", ["true", "FALSE", "True"]),
    ("dates", ["2024-02-29", "1970-01-01", "0001-12-31"]),
    ("with nulls", ["12", "", "NA", "-4"]),
  ]

  @Test(arguments: spellings.map(\.name))
  func lateTextKeepsEarlierSpelling(name: String) throws {
    let values = try #require(Self.spellings.first { $0.name == name }).values
    let rows = (0..<3000).map { values[$0 % values.count] }
    let text = "v,k\n" + rows.map { "\($0),\"q\"" }.joined(separator: "\n") + "\nlast,x\n"
    for chunkSize in [64, 4096] {
      let table = try TableText.readStreamed(text, chunkSize: chunkSize, pieceSize: 5000)
      #expect(table.columns[0].type == .string)
      let cells = (0..<table.rowCount).map { table.columns[0][$0] }
      let expected: [Value] = rows.map { ["", "NA"].contains($0) ? .null : .string($0) } + [.string("last")]
      #expect(cells.count == expected.count)
      let mismatch = zip(cells, expected).enumerated().first { $0.element.0 != $0.element.1 }
      #expect(
        mismatch == nil,
        "chunk size \(chunkSize): row \(mismatch?.offset ?? 0) reads \(mismatch?.element.0 ?? .null)")
    }
  }
}
