import AssayCore
import AssaySQL

/// A result read row by row from the server as it arrives: plain text (`mysql_use_result`) or a
/// prepared statement's rows (`mysql_stmt_fetch`).
protocol MariaDBRowSource: AnyObject {
  /// The result's columns.
  var columns: [SQLColumn] { get }
  /// True once the last row has been read (or reading failed): nothing more waits on the connection.
  var exhausted: Bool { get }
  /// Appends the next row's values to `values` (one array per column); false at the end. Throws
  /// the library's error when reading fails.
  func appendRow(to values: inout [[Value]]) throws -> Bool
  /// Frees the result; rows not read yet are read and dropped first (stop the statement before).
  func close()
}

extension MariaDBRowSource {
  /// Hands the columns to `columns`, then the rows to `rows` in pages of at most `firstPageRows`,
  /// then `pageRows`, until the rows end or `rows` returns false (the rest left unread).
  func deliver(
    firstPageRows: Int, pageRows: Int, columns announce: ([SQLColumn]) throws -> Void,
    rows: (ResultPage) throws -> Bool
  ) throws {
    try announce(columns)
    var limit = max(1, firstPageRows)
    while true {
      var values = [[Value]](repeating: [], count: columns.count)
      for index in values.indices { values[index].reserveCapacity(min(limit, 4_096)) }
      var count = 0
      var finished = false
      while count < limit {
        guard try appendRow(to: &values) else {
          finished = true
          break
        }
        count += 1
      }
      guard try rows(ResultPage(values: values)), !finished else { return }
      limit = max(1, pageRows)
    }
  }
}
