import AssayCore
import Foundation

/// What reading a sheet's cells takes from the rest of its workbook.
struct SheetContext: Sendable {
  /// The shared strings, which cells of type `s` name by position.
  var sharedStrings: [String] = []
  /// The cell styles, which say which numbers are dates.
  var styles = CellStyles()
  /// True in the 1904 date system.
  var uses1904 = false
}

/// Reads a worksheet part (`<sheetData>` rows of `<c>` cells, and `<mergeCells>`) into its cells:
/// shared and inline strings, formula results (the cached `<v>`; a formula without one is empty),
/// numbers, booleans, ISO dates (`t="d"`), and numbers whose style's format is a date or time as
/// such. Error values (`#N/A`) are empty cells. Cells and rows without a reference follow the
/// previous one.
struct SheetReader {
  /// The rest of the workbook.
  let context: SheetContext

  /// A cell's type, as its `t` attribute writes it.
  private enum CellType {
    case number, sharedString, inlineString, formulaString, boolean, error, isoDate

    /// The type `t` names; a number for a name it does not know, as for none.
    init(_ name: UnsafePointer<UInt8>) {
      let names: [(StaticString, CellType)] = [
        ("s", .sharedString), ("inlineStr", .inlineString), ("str", .formulaString), ("b", .boolean),
        ("e", .error), ("d", .isoDate),
      ]
      self = names.first { cStringIs(name, $0.0) }?.1 ?? .number
    }
  }

  /// A cell being read: where it is, its type and style, and the text of its value.
  private struct Pending {
    var reference: CellReference
    var type = CellType.number
    var style = 0
    var text = ""
    var inline: String?
  }

  /// The cells of the sheet `cursor` reads; `afterRow` is called at the end of each row with the
  /// cells so far and the part's bytes read so far, and may throw to stop.
  func read(_ cursor: XMLCursor, afterRow: (SheetCells, Int) throws -> Void) throws -> SheetCells {
    var cells = SheetCells()
    var (row, column) = (0, -1)
    var cell: Pending?
    var (inValue, inInline, inline) = (false, false, InlineText())
    while let node = try cursor.next() {
      if inInline {
        if case .end = node, cursor.isNamed("is") {
          inInline = false
          cell?.inline = inline.text
        } else {
          inline.take(node, from: cursor)
        }
        continue
      }
      switch node {
      case .start(let empty):
        if cursor.isNamed("row") {
          row = try rowNumber(cursor, after: row)
          column = -1
          if empty { try afterRow(cells, cursor.bytesRead) }
        } else if cursor.isNamed("c") {
          let pending = try start(cursor, row: max(row, 1), column: column)
          column = pending.reference.column
          cell = empty ? nil : pending
        } else if cell != nil, cursor.isNamed("v") {
          inValue = !empty
        } else if cell != nil, cursor.isNamed("is"), !empty {
          (inInline, inline) = (true, InlineText())
        } else if cursor.isNamed("mergeCell") {
          merge(cursor, into: &cells)
        }
      case .text:
        if inValue { cell?.text += cursor.text }
      case .end:
        if cursor.isNamed("v") {
          inValue = false
        } else if cursor.isNamed("c"), let done = cell {
          if let value = try value(of: done, part: cursor.part) { cells.set(value, at: done.reference) }
          cell = nil
        } else if cursor.isNamed("row") {
          try afterRow(cells, cursor.bytesRead)
        }
      }
    }
    return cells
  }

  /// The number of the row starting at the cursor: its `r`, else the one after `previous`.
  private func rowNumber(_ cursor: XMLCursor, after previous: Int) throws -> Int {
    var written: String?
    cursor.forEachAttribute { name, value in
      if cStringIs(name, "r") { written = String(cString: value) }
    }
    let number = written.map { Int($0) } ?? previous + 1
    guard let number, (1...CellReference.maxRows).contains(number) else {
      let shown = written.map { "'\(SafeText.visible($0))'" } ?? "row \(previous + 1)"
      throw AssayError(
        message: "\(cursor.part): \(shown) is not a row of a sheet (1 to \(CellReference.maxRows))")
    }
    return number
  }

  /// The cell starting at the cursor: its reference (`r`, else the one right of `column` in `row`),
  /// type (`t`) and style (`s`).
  private func start(_ cursor: XMLCursor, row: Int, column: Int) throws -> Pending {
    var pending = Pending(reference: CellReference(column: column + 1, row: row))
    var failure: String?
    cursor.forEachAttribute { name, value in
      if cStringIs(name, "r") {
        if let reference = CellReference(cStringBytes(value)) {
          pending.reference = reference
        } else {
          failure = String(cString: value)
        }
      } else if cStringIs(name, "t") {
        pending.type = CellType(value)
      } else if cStringIs(name, "s") {
        let digits = cStringBytes(value)
        let valid = digits.count < 10 && digits.allSatisfy { (0x30...0x39).contains($0) }
        pending.style = valid ? digits.reduce(0) { $0 * 10 + Int($1 - 0x30) } : 0
      }
    }
    if let failure {
      throw AssayError(message: "\(cursor.part): '\(SafeText.visible(failure))' is not a cell reference")
    }
    guard pending.reference.column < CellReference.maxColumns else {
      throw AssayError(message: "\(cursor.part): row \(row) has more than \(CellReference.maxColumns) cells")
    }
    return pending
  }

  /// Adds the merged range at the cursor (`ref="A1:C1"`, corners in any order) to `cells`; a range
  /// it cannot read is skipped.
  private func merge(_ cursor: XMLCursor, into cells: inout SheetCells) {
    cursor.forEachAttribute { name, value in
      guard cStringIs(name, "ref") else { return }
      let ends = String(cString: value).split(separator: ":").compactMap { CellReference($0.utf8) }
      guard ends.count == 2 else { return }
      let (columns, rows) = (ends.map(\.column), ends.map(\.row))
      cells.merged.append(
        (
          CellReference(column: columns.min() ?? 0, row: rows.min() ?? 1),
          CellReference(column: columns.max() ?? 0, row: rows.max() ?? 1)
        ))
    }
  }

  /// The value of a finished cell; nil when it has none.
  private func value(of cell: Pending, part: String) throws -> CellValue? {
    let text =
      cell.text.first?.isWhitespace == true || cell.text.last?.isWhitespace == true
      ? cell.text.trimmingCharacters(in: .whitespacesAndNewlines) : cell.text
    func failure(_ what: String) -> AssayError {
      let place = CellReference.letters(cell.reference.column) + String(cell.reference.row)
      return AssayError(message: "\(part): cell \(place): \(what)")
    }
    switch cell.type {
    case .inlineString:
      return Self.nonEmpty(cell.inline ?? EscapedText.decoded(cell.text))
    case .sharedString:
      guard !text.isEmpty else { return nil }
      guard let index = Int(text), context.sharedStrings.indices.contains(index) else {
        throw failure(
          "refers to shared string '\(SafeText.visible(text))' of \(context.sharedStrings.count)")
      }
      return Self.nonEmpty(context.sharedStrings[index])
    case .formulaString:
      return Self.nonEmpty(EscapedText.decoded(cell.text))
    case .error:
      return nil
    case .boolean:
      switch text {
      case "": return nil
      case "1", "true": return .bool(true)
      case "0", "false": return .bool(false)
      default: throw failure("'\(SafeText.visible(text))' is not a boolean")
      }
    case .isoDate:
      guard !text.isEmpty else { return nil }
      guard let (micros, _) = TimeLiteral.parse(text) else {
        throw failure("'\(SafeText.visible(text))' is not an ISO 8601 date")
      }
      if text.count <= 10, let days = Int32(exactly: micros / TimeText.microsPerDay) { return .date(days) }
      return .timestamp(micros)
    case .number:
      guard !text.isEmpty else { return nil }
      guard let number = CellValue.number(text) else {
        throw failure("'\(SafeText.visible(text))' is not a number")
      }
      guard let format = context.styles.timeFormat(ofStyle: cell.style) else { return number }
      let serial: Double
      switch number {
      case .integer(let whole): serial = Double(whole)
      case .number(let fraction): serial = fraction
      default: return number
      }
      return ExcelSerial.value(serial, format: format, uses1904: context.uses1904) ?? number
    }
  }

  /// `text` as a value, nil when it is empty.
  private static func nonEmpty(_ text: String) -> CellValue? { text.isEmpty ? nil : .text(text) }
}
