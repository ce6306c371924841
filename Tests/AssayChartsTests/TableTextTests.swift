import AssayCore
import AssayGrid
import Testing

@testable import AssayCharts

@Test func tableTextAlignsNumbersRightAndTextLeft() {
  let table = Table(
    name: "t",
    columns: [
      Column(name: "name", type: .string, values: [.string("alpha"), .string("b\u{1B}x"), .null]),
      Column(name: "n", type: .int, values: [.int(7), .int(-1200), .null]),
      Column(name: "ratio", type: .double, values: [.double(2.0 / 3.0), .null, .double(1234567.891)]),
      Column(name: "day", type: .date, values: [.date(0), .date(19000), .null]),
    ])
  let grid = TableText.render(table)
  #expect(
    grid.plainLines() == [
      "name       n     ratio  day       ",
      "─────  ─────  ────────  ──────────",
      "alpha      7  0.666667  1970-01-01",
      "b␛x    -1200            2022-01-08",
      "               1234570            ",
    ])
  #expect(grid[x: 0, y: 0].style == Style(.header) && grid[x: 0, y: 1].style == Style(.border))
}

@Test func tableTextKeepsExactDoublesWithoutADigitLimit() {
  let table = Table(
    name: "t", columns: [Column(name: "x", type: .double, values: [.double(0.1 + 0.2), .double(1e-7)])])
  #expect(
    TableText.render(table, significantDigits: nil).trimmedLines() == [
      "                  x", "───────────────────", "0.30000000000000004", "              1e-07",
    ])
  #expect(
    TableText.render(table, significantDigits: 3).trimmedLines() == [
      "        x", "─────────", "      0.3", "0.0000001",
    ])
}

@Test func tableTextCutsAVeryLongCell() {
  let long = String(repeating: "x", count: 100_000)
  let table = Table(
    name: "t",
    columns: [
      Column(name: "v", type: .string, values: [.string(long), .string("short")]),
      Column(name: "n", type: .int, values: [.int(1), .int(2)]),
    ])
  var text = ""
  TableText.writePlain(table) { text += $0 }
  let lines = text.split(separator: "\n").map(String.init)
  let widest = TableText.maxCellWidth + 2 + 1
  #expect(lines.map { DisplayWidth.of($0) }.max() == widest)
  #expect(lines[2] == String(repeating: "x", count: TableText.maxCellWidth - 1) + "…  1")
  #expect(TableText.render(table).plainLines()[2] == lines[2])
}

@Test func tableTextShowsBidirectionalControls() {
  let table = Table(
    name: "t", columns: [Column(name: "v", type: .string, values: [.string("abc\u{202E}def\u{200B}")])])
  var text = ""
  TableText.writePlain(table) { text += $0 }
  #expect(text.contains("abc\u{FFFD}def\u{FFFD}"))
  #expect(!text.unicodeScalars.contains { $0.value == 0x202E || $0.value == 0x200B })
}

@Test func aBinaryColumnShowsItsSizeAndFirstBytesAndKeepsThemAll() {
  let png = "\\x89504e470d0a1a0a0001"
  var column = Column(
    name: "raw", type: .string, values: [.string(png), .string("\\x"), .string("\\x00"), .string("not hex")])
  column.isBinary = true
  let shown = (0..<4).map { TableText.cellText(column, row: $0, significantDigits: nil) }
  #expect(shown == ["10 bytes: 89 50 4e 47 0d 0a 1a 0a …", "0 bytes", "1 byte: 00", "not hex"])
  #expect(column[0] == .string(png))
  column.isBinary = false
  #expect(TableText.cellText(column, row: 0, significantDigits: nil) == png)
}
