import AssayCore
import Foundation
import Testing

@testable import AssayOffice

/// Every sheet of the workbooks openpyxl writes, read by Assay and by openpyxl, cell by cell.
@Suite("xlsx corpus against openpyxl") struct WorkbookCorpusTests {
  @Test(arguments: ["corpus.xlsx", "dates1904.xlsx", "inline.xlsx", "single.xlsx", "zip64.xlsx"])
  func everySheetHasOpenpyxlsCells(file: String) throws {
    let expected = try WorkbookFixtures.expected(file)
    #expect(!expected.isEmpty, "openpyxl read no sheet of \(file)")
    let workbook = try Workbook(path: WorkbookFixtures.path(file), name: file)
    #expect(workbook.sheetNames == expected.map(\.name))
    for sheet in expected {
      let table = try workbook.sheet(named: sheet.name).read()
      #expect(table.columnNames == sheet.columns, "\(file) \(sheet.name)")
      #expect(table.rowCount == sheet.rows.count, "\(file) \(sheet.name)")
      for (row, cells) in sheet.rows.enumerated() where row < table.rowCount {
        for (column, cell) in zip(table.columns, cells) {
          let wanted = WorkbookFixtures.value(cell, as: column.type)
          #expect(column[row] == wanted, "\(file) \(sheet.name) row \(row + 1) \(column.name)")
        }
      }
    }
  }

  @Test func columnsAreTypedByTheirValuesAndFormats() throws {
    let workbook = try Workbook(path: WorkbookFixtures.path("corpus.xlsx"), name: "corpus.xlsx")
    let sales = try workbook.sheet(named: "Sales").read()
    let types = Dictionary(uniqueKeysWithValues: sales.columns.map { ($0.name, $0.type) })
    let expected: [String: ColumnType] = [
      "id": .int, "product": .string, "qty": .int, "price": .double, "big": .int, "huge": .double,
      "flag": .bool,
      "when": .date, "at": .timestamp, "custom": .date, "builtin": .date, "time": .duration,
      "elapsed": .duration,
      "mixed": .string, "notes": .string, "stamp": .timestamp,
    ]
    #expect(types == expected)
    #expect(sales.columns.first { $0.name == "at" }?.timeZone == .naive)
    let noHeader = try workbook.sheet(named: "NoHeader").read()
    #expect(noHeader.columns.map(\.type) == [.int, .double, .bool])
    let empty = try workbook.sheet(named: "Empty").read()
    #expect(empty.columns.isEmpty && empty.rowCount == 0)
  }

  @Test func theMac1904DateSystemShiftsEveryDate() throws {
    let table = try Workbook(path: WorkbookFixtures.path("dates1904.xlsx"), name: "dates1904.xlsx")
      .sheet(named: "Mac").read()
    #expect(table.columns.map(\.type) == [.date, .timestamp])
    #expect(table.columns[0][0].description == "1904-01-02")
    #expect(table.columns[1][0].description == "2001-09-09 01:46:40")
  }
}
