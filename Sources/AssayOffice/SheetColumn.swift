import AssayCore

/// One column of a sheet's table, typed by its values as the CSV reader types a column: integers
/// when every number is whole, else doubles; booleans; dates, or timestamps when any value has a
/// time of day; durations for times; text. A column whose values are of more than one of these
/// is text, each value written as Assay shows it. Empty cells are nulls.
enum SheetColumn {
  /// The column `name` of `count` rows from `firstRow` on, from `cells` (rows before `firstRow`
  /// are left out); an `AssayError` naming `table` when its text is too long for one column.
  static func column(
    named name: String, cells: SheetCells.ColumnCells, firstRow: Int, count: Int, table: String
  ) throws -> Column {
    let rows = cells.rows.indices.filter { Int(cells.rows[$0]) >= firstRow }
    var validity = ValidityBitmap(count: count, allValid: false)
    func filled<Element>(_ zero: Element, _ pick: (CellValue) -> Element) -> [Element] {
      var values = [Element](repeating: zero, count: count)
      for index in rows {
        let row = Int(cells.rows[index]) - firstRow
        values[row] = pick(cells.values[index])
        validity.set(row, valid: true)
      }
      return values
    }
    let type = columnType(rows.map { cells.values[$0] })
    let values: ChunkValues
    switch type {
    case .int: values = .int(filled(0) { if case .integer(let x) = $0 { x } else { 0 } })
    case .double: values = .double(filled(0) { $0.value.doubleValue ?? 0 })
    case .bool: values = .bool(filled(false) { $0 == .bool(true) })
    case .date: values = .date(filled(0) { if case .date(let days) = $0 { days } else { 0 } })
    case .timestamp: values = .timestamp(filled(0, microseconds), .naive)
    case .duration: values = .duration(filled(0) { if case .duration(let micros) = $0 { micros } else { 0 } })
    case .string: values = .string(try packed(filled(nil, text), column: name, table: table))
    }
    let chunk = ColumnChunk(values: values, validity: validity.nullCount > 0 ? validity : nil)
    return Column(name: name, type: type, chunks: [chunk])
  }

  /// The type that holds every one of `values`: the one they share, doubles for whole and other
  /// numbers, timestamps for dates and date-times, else text.
  static func columnType(_ values: [CellValue]) -> ColumnType {
    var types = Set<ColumnType>()
    for value in values {
      switch value {
      case .integer: types.insert(.int)
      case .number: types.insert(.double)
      case .bool: types.insert(.bool)
      case .text: types.insert(.string)
      case .date: types.insert(.date)
      case .timestamp: types.insert(.timestamp)
      case .duration: types.insert(.duration)
      }
      if types.count > 2 { return .string }
    }
    switch types {
    case [.int, .double]: return .double
    case [.date, .timestamp]: return .timestamp
    default: return types.count == 1 ? types.first ?? .string : .string
    }
  }

  /// A date or date-time as microseconds since 1970-01-01 00:00.
  private static func microseconds(_ value: CellValue) -> Int64 {
    switch value {
    case .date(let days): return Int64(days) * TimeText.microsPerDay
    case .timestamp(let micros): return micros
    default: return 0
    }
  }

  /// A value as text: text as written, any other value as Assay shows it.
  private static func text(_ value: CellValue) -> String? {
    if case .text(let text) = value { return text }
    return value.value.description
  }

  /// Texts (nil for nulls) packed into one string storage; an `AssayError` past 4 GiB of text.
  private static func packed(_ texts: [String?], column: String, table: String) throws -> StringStorage {
    var bytes: [UInt8] = []
    var offsets: [UInt32] = [0]
    offsets.reserveCapacity(texts.count + 1)
    for text in texts {
      if let text { bytes.append(contentsOf: text.utf8) }
      guard let offset = UInt32(exactly: bytes.count) else {
        throw AssayError(message: "\(table): column '\(SafeText.visible(column))' holds over 4 GiB of text")
      }
      offsets.append(offset)
    }
    return .packed(bytes: bytes, offsets: offsets)
  }
}
