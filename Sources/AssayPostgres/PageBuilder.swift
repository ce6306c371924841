import AssayCore
import AssaySQL
import PostgresNIO

/// Rows of a result gathered column by column into a page of at most `limit` rows.
struct PageBuilder {
  private let types: [PostgresDataType]
  private var values: [[Value]]
  private var limit: Int

  /// An empty page for columns of `types`, full at `limit` rows.
  init(types: [PostgresDataType], limit: Int) {
    self.types = types
    self.limit = max(1, limit)
    values = Array(repeating: [], count: types.count)
  }

  /// True when the page holds `limit` rows.
  var isFull: Bool { (values.first?.count ?? 0) >= limit }

  /// Adds a row, each cell read from PostgreSQL's binary format.
  mutating func append(_ row: PostgresRow) {
    for (index, cell) in row.enumerated() {
      values[index].append(PostgresBinary.value(cell.bytes, type: types[index]))
    }
  }

  /// The page so far; the builder starts the next one, full at `nextLimit` rows.
  mutating func take(nextLimit: Int) -> ResultPage {
    defer {
      values = Array(repeating: [], count: types.count)
      limit = max(1, nextLimit)
    }
    return ResultPage(values: values)
  }
}
