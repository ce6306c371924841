/// A cell's place in a sheet, as written in `r="B12"`: a column of letters (A … XFD) and a row
/// number (1 … 1,048,576). Columns count from 0 here, rows from 1 as written.
struct CellReference: Equatable {
  /// The column, from 0 (A).
  let column: Int
  /// The row, from 1.
  let row: Int

  /// The most columns and rows a sheet has.
  static let (maxColumns, maxRows) = (16_384, 1_048_576)

  /// A reference from its parts.
  init(column: Int, row: Int) {
    self.column = column
    self.row = row
  }

  /// The reference `text` writes (`B12`, `$B$12`), or nil when it is not one within a sheet's bounds.
  init?(_ text: some Collection<UInt8>) {
    var (column, row, digits) = (0, 0, 0)
    for byte in text where byte != UInt8(ascii: "$") {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0,
        UInt8(ascii: "a")...UInt8(ascii: "z") where digits == 0:
        column = column * 26 + Int(byte & 0x1F)
        guard column <= Self.maxColumns else { return nil }
      case UInt8(ascii: "0")...UInt8(ascii: "9") where column > 0:
        row = row * 10 + Int(byte - UInt8(ascii: "0"))
        digits += 1
        guard row <= Self.maxRows else { return nil }
      default: return nil
      }
    }
    guard column > 0, row > 0 else { return nil }
    self.init(column: column - 1, row: row)
  }

  /// The letters of column `column` (from 0): A … Z, AA … XFD.
  static func letters(_ column: Int) -> String {
    var (number, letters) = (column + 1, "")
    while number > 0 {
      let digit = (number - 1) % 26
      letters.insert(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(digit))), at: letters.startIndex)
      number = (number - 1) / 26
    }
    return letters
  }
}
