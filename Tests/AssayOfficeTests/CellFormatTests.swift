import AssayCore
import Testing

@testable import AssayOffice

/// Number formats, date serials, cell references and escaped text: the pieces that turn a cell's
/// XML into a value.
@Suite("xlsx cell values") struct CellFormatTests {
  @Test(arguments: [
    ("yyyy-mm-dd", TimeFormat.date), ("dd/mm/yyyy", .date), ("mmm-yy", .date),
    ("[$-409]mmmm d, yyyy;@", .date),
    ("YYYY-MM-DD HH:MM", .dateTime), ("m/d/yy h:mm AM/PM", .dateTime), ("h:mm:ss", .timeOfDay),
    ("hh:mm AM/PM", .timeOfDay), ("mm:ss.0", .timeOfDay), ("[h]:mm:ss", .elapsed), ("[mm]:ss", .elapsed),
    ("[Red]dd-mm-yyyy", .date),
  ])
  func aFormatCodeWithDateLettersIsATime(code: String, kind: TimeFormat) {
    #expect(TimeFormat.of(code: code) == kind)
  }

  @Test(arguments: [
    "General", "0.00", "#,##0", "0%", "0.00E+00", "# ?/?", "@", #"0 "days""#, #"\d0"#,
    "[Red]0.00;[Blue]-0.00",
    "_(* #,##0_)", #"[$€-407] #,##0.00"#, "0.0;dd",
  ])
  func aFormatCodeWithoutThemIsANumber(code: String) {
    #expect(TimeFormat.of(code: code) == nil)
  }

  @Test func builtInFormatsAreTheStandardOnes() {
    #expect((0...49).filter { TimeFormat.builtIn($0) != nil } == Array(14...22) + [45, 46, 47])
    #expect(TimeFormat.builtIn(22) == .dateTime)
    #expect(TimeFormat.builtIn(46) == .elapsed)
  }

  @Test func serialsFollowTheLotusLeapDayAndThe1904System() {
    func shown(_ serial: Double, _ format: TimeFormat, mac: Bool = false) -> String {
      ExcelSerial.value(serial, format: format, uses1904: mac).map { $0.value.description } ?? "nil"
    }
    #expect(shown(1, .date) == "1900-01-01")
    #expect(shown(59, .date) == "1900-02-28")
    #expect(shown(61, .date) == "1900-03-01")
    #expect(shown(45352, .date) == "2024-03-01")
    #expect(shown(45352.5, .date) == "2024-03-01 12:00:00")
    #expect(shown(45352.354340277778, .dateTime) == "2024-03-01 08:30:15")
    #expect(shown(0, .date, mac: true) == "1904-01-01")
    #expect(shown(0.5, .timeOfDay) == "12:00:00")
    #expect(shown(1.25, .elapsed) == "1d 06:00:00")
    #expect(shown(1e300, .date) == "nil")
    #expect(shown(.nan, .dateTime) == "nil")
  }

  /// Excel's last date is 9999-12-31 (serial 2958465, 2957003 in the 1904 system); a serial past
  /// it is no date (Excel shows `#####`), so the cell keeps its number.
  @Test func serialsPastTheLastDateStayNumbers() {
    func shown(_ serial: Double, _ format: TimeFormat, mac: Bool = false) -> String {
      ExcelSerial.value(serial, format: format, uses1904: mac).map { $0.value.description } ?? "nil"
    }
    #expect(shown(2_958_465, .date) == "9999-12-31")
    #expect(shown(2_958_465.9999, .dateTime) == "9999-12-31 23:59:51.36")
    #expect(shown(2_958_466, .date) == "nil")
    #expect(shown(2_958_465.999999999, .dateTime) == "nil")
    #expect(shown(2_957_003, .date, mac: true) == "9999-12-31")
    #expect(shown(2_958_465.9999, .dateTime, mac: true) == "nil")
  }

  @Test func cellReferencesRoundTripThroughTheirLetters() {
    #expect(CellReference(Array("A1".utf8)) == CellReference(column: 0, row: 1))
    #expect(CellReference(Array("$AB$12".utf8)) == CellReference(column: 27, row: 12))
    #expect(CellReference(Array("XFD1048576".utf8)) == CellReference(column: 16_383, row: 1_048_576))
    for text in ["", "A", "1", "A0", "1A", "XFE1", "A1048577", "A-1", "AAAAAAAAAAAAAAAAAAAAA1"] {
      #expect(CellReference(Array(text.utf8)) == nil, "\(text)")
    }
    #expect(
      [0, 25, 26, 701, 702, 16_383].map(CellReference.letters) == ["A", "Z", "AA", "ZZ", "AAA", "XFD"])
  }

  @Test func escapedCharactersAreDecoded() {
    #expect(EscapedText.decoded("a_x000D_b") == "a\rb")
    #expect(EscapedText.decoded("_x005F_x0041_") == "_x0041_")
    #expect(EscapedText.decoded("snake_case_x") == "snake_case_x")
    #expect(EscapedText.decoded("_xZZZZ_ _x00") == "_xZZZZ_ _x00")
  }

  @Test func repeatedAndEmptyHeadersGetNamesOfTheirOwn() {
    #expect(
      ColumnNames.unique(["a", nil, "a", "", "a_2", "a"], firstColumn: 2) == [
        "a", "D", "a_2", "F", "a_2_2", "a_3",
      ])
  }

  @Test func aColumnOfSeveralKindsIsText() {
    #expect(SheetColumn.columnType([.integer(1), .integer(2)]) == .int)
    #expect(SheetColumn.columnType([.integer(1), .number(2.5)]) == .double)
    #expect(SheetColumn.columnType([.date(1), .timestamp(5)]) == .timestamp)
    #expect(SheetColumn.columnType([.integer(1), .text("x")]) == .string)
    #expect(SheetColumn.columnType([.bool(true), .integer(1)]) == .string)
    #expect(SheetColumn.columnType([.date(1), .duration(5)]) == .string)
    #expect(SheetColumn.columnType([]) == .string)
  }

  @Test func aFirstRowWithoutTextIsDataUnderColumnLetters() throws {
    let cells = try sheet(#"<row><c><v>1</v></c><c t="b"><v>1</v></c></row><row><c><v>2</v></c></row>"#)
    let table = try SheetTable(name: "t").table(cells)
    #expect(table.columnNames == ["A", "B"])
    #expect(table.rowCount == 2)
    let forced = try SheetTable(name: "t", header: true).table(cells)
    #expect(forced.columnNames == ["1", "true"])
  }

  @Test func aMergedRangeWrittenCornersFirstOrLastNamesItsColumns() throws {
    for range in ["A1:B1", "B1:A1"] {
      let cells = try sheet(
        #"<row><c t="inlineStr"><is><t>h</t></is></c></row><row><c><v>1</v></c><c><v>2</v></c></row>"#,
        after: #"<mergeCells><mergeCell ref=""# + range + #""/></mergeCells>"#)
      #expect(try SheetTable(name: "t").table(cells).columnNames == ["h", "h_2"], "\(range)")
    }
  }

  @Test func onlyTheNamedColumnsAreKept() throws {
    let cells = try sheet(
      #"<row><c t="inlineStr"><is><t>a</t></is></c><c t="inlineStr"><is><t>b</t></is></c></row><row><c><v>1</v></c><c><v>2</v></c></row>"#
    )
    #expect(try SheetTable(name: "t", columns: ["b"]).table(cells).columnNames == ["b"])
    #expect(throws: AssayError.self) { try SheetTable(name: "t", columns: ["c"]).table(cells) }
  }
}
