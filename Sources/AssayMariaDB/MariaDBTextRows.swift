import AssayCore
import AssaySQL
import CMariaDB

/// The rows of a statement run with `mysql_real_query`, streamed by `mysql_use_result`: each
/// `mysql_fetch_row` reads one row off the connection, so no more than a page is ever held.
final class MariaDBTextRows: MariaDBRowSource {
  private let handle: UnsafeMutablePointer<MYSQL>
  private let result: UnsafeMutablePointer<MYSQL_RES>
  private let kinds: [MariaDBFieldKind]
  private let failure: () -> Error
  let columns: [SQLColumn]
  private(set) var exhausted = false

  /// The rows of `result`, read from `handle`; `failure` makes the error of a failed read.
  init(
    handle: UnsafeMutablePointer<MYSQL>, result: UnsafeMutablePointer<MYSQL_RES>,
    failure: @escaping () -> Error
  ) {
    self.handle = handle
    self.result = result
    self.failure = failure
    let count = Int(mysql_num_fields(result))
    let fields = mysql_fetch_fields(result).map { pointer in (0..<count).map { pointer[$0] } } ?? []
    kinds = fields.map(MariaDBFieldKind.init)
    columns = fields.map(MariaDBFieldKind.column)
  }

  func appendRow(to values: inout [[Value]]) throws -> Bool {
    guard let row = mysql_fetch_row(result), let lengths = mysql_fetch_lengths(result) else {
      exhausted = true
      if mysql_errno(handle) != 0 { throw failure() }
      return false
    }
    for index in kinds.indices {
      guard let field = row[index] else {
        values[index].append(.null)
        continue
      }
      values[index].append(
        MariaDBValueText.value(
          UnsafeRawBufferPointer(start: field, count: Int(lengths[index])), kind: kinds[index]))
    }
    return true
  }

  func close() { mysql_free_result(result) }
}
