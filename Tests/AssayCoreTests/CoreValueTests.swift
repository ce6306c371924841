import Testing

@testable import AssayCore

@Test func daysRoundTripAcrossLeapYears() {
  for days in Int32(-800_000)...Int32(800_000) where days % 97 == 0 {
    let date = CivilDate(daysSinceEpoch: days)
    #expect(date.isValid)
    #expect(date.daysSinceEpoch == days)
  }
  #expect(CivilDate(year: 1970, month: 1, day: 1).daysSinceEpoch == 0)
  #expect(CivilDate(year: 2000, month: 3, day: 1).daysSinceEpoch == 11_017)
  #expect(CivilDate(daysSinceEpoch: 19_782).iso == "2024-02-29")
  #expect(!CivilDate(year: 2023, month: 2, day: 29).isValid)
}

@Test func controlCharactersBecomeVisible() {
  #expect(SafeText.visible("a\u{1B}[2Jb\r\t\u{0}") == "a␛[2Jb␍␉␀")
  #expect(SafeText.visible("plain é 漢") == "plain é 漢")
  #expect(SafeText.visible("\u{7F}\u{9B}") == "␡\u{FFFD}")
  #expect(SafeText.visible("a\u{202E}b\u{2066}c\u{200B}d\u{FEFF}") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}")
  #expect(SafeText.visible("👨\u{200D}👩") == "👨\u{200D}👩")
  #expect(SafeText.visibleKeepingLayout("a\tb\u{1B}\nc\u{202E}\r\n") == "a\tb␛\nc\u{FFFD}␍\n")
}

@Test func chunkedColumnLocatesRowsAcrossChunks() {
  let a = ColumnChunk.make(type: .int, values: [.int(1), .null, .int(3)])
  let b = ColumnChunk.make(type: .int, values: [.int(4)])
  let c = ColumnChunk.make(type: .int, values: [.int(5), .int(6)])
  let column = Column(name: "n", type: .int, chunks: [a, b, c])
  #expect(column.count == 6)
  #expect(column.nullCount == 1)
  #expect((0..<6).map { column[$0] } == [.int(1), .null, .int(3), .int(4), .int(5), .int(6)])
  var sum = 0.0
  column.forEachDouble { sum += $0 }
  #expect(sum == 19)
}

@Test func numberFormatting() {
  #expect(NumberFormatting.grouped(1_234_567) == "1,234,567")
  #expect(NumberFormatting.grouped(-999) == "-999")
  #expect(NumberFormatting.significant(5.843333, digits: 5) == "5.8433")
  #expect(NumberFormatting.significant(0.000123456, digits: 3) == "0.000123")
  // In exponent form too, the mantissa's trailing zeros go.
  #expect(NumberFormatting.significant(-5e299, digits: 6) == "-5e+299")
  #expect(NumberFormatting.significant(7.0710678e299, digits: 6) == "7.07107e+299")
  #expect(NumberFormatting.significant(1.5e-20, digits: 3) == "1.5e-20")
  #expect(NumberFormatting.shortest(7.9) == "7.9")
  #expect(NumberFormatting.shortest(150) == "150")
  #expect(NumberFormatting.bytes(999) == "999 B")
  #expect(NumberFormatting.bytes(1_234_567) == "1.2 MB")
  #expect(NumberFormatting.bytes(1_020_000_000) == "1 GB")
  #expect(NumberFormatting.bytes(45_600_000) == "46 MB")
}

/// A decimal column's declared places are added as zeros, never at the cost of a digit.
@Test func decimalsWrittenWithTheirPlaces() {
  #expect(NumberFormatting.written(12.5, decimalPlaces: 2) == "12.50")
  #expect(NumberFormatting.written(-3, decimalPlaces: 3) == "-3.000")
  #expect(NumberFormatting.written(0.00001234, decimalPlaces: 8) == "0.00001234")
  #expect(NumberFormatting.written(1.2345, decimalPlaces: 2) == "1.2345")
  #expect(NumberFormatting.written(1e20, decimalPlaces: 2) == "100000000000000000000.00")
  #expect(NumberFormatting.written(1.5e-10, decimalPlaces: 8) == "1.5e-10")
  #expect(NumberFormatting.written(7, decimalPlaces: 0) == "7")
  #expect(NumberFormatting.written(.nan, decimalPlaces: 2) == "NaN")
  #expect(Value.double(0.1).text(decimalPlaces: 3) == "0.100")
  #expect(Value.int(4).text(decimalPlaces: 3) == "4")
}
