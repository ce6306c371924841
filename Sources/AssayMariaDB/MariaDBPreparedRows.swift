import AssayCore
import AssaySQL
import CMariaDB

/// The rows of a prepared statement (`mysql_stmt_execute`), fetched one at a time without
/// `mysql_stmt_store_result`, so no more than a page is ever held. DOUBLE columns arrive as
/// doubles; every other column as the text the library writes for it, read like the text
/// protocol's (a BIT as its bytes); a value longer than its buffer is read again, whole.
final class MariaDBPreparedRows: MariaDBRowSource {
  /// Bytes first allotted to a column's value; a longer one grows its buffer.
  static let initialCapacity = 256

  private let statement: UnsafeMutablePointer<MYSQL_STMT>
  private let metadata: UnsafeMutablePointer<MYSQL_RES>
  private let failure: () -> Error
  private let kinds: [MariaDBFieldKind]
  private let binds: UnsafeMutablePointer<MYSQL_BIND>
  private let lengths: UnsafeMutablePointer<UInt>
  private let nulls: UnsafeMutablePointer<my_bool>
  private let truncations: UnsafeMutablePointer<my_bool>
  private var buffers: [UnsafeMutableRawPointer]
  private var capacities: [Int]
  let columns: [SQLColumn]
  private(set) var exhausted = false

  /// Prepares `sql` on `database`, binds `parameters` to its placeholders and runs it: its rows,
  /// or nil for a statement that returns none. Errors name `endpoint`; `isCancelled` tells whether
  /// a failure is a cancelled statement's.
  static func execute(
    _ sql: String, parameters: [Value], on database: UnsafeMutablePointer<MYSQL>, endpoint: MariaDBEndpoint,
    isCancelled: @escaping () -> Bool
  ) throws -> MariaDBPreparedRows? {
    guard let statement = mysql_stmt_init(database) else {
      throw MariaDBFailure.statement(database, endpoint: endpoint, cancelled: false)
    }
    let failure = { (statement: UnsafeMutablePointer<MYSQL_STMT>) in
      MariaDBFailure.prepared(statement, endpoint: endpoint, cancelled: isCancelled())
    }
    let bound = MariaDBParameters(parameters)
    guard mysql_stmt_prepare(statement, sql, UInt(sql.utf8.count)) == 0,
      mysql_stmt_bind_param(statement, bound.binds) == 0, mysql_stmt_execute(statement) == 0
    else {
      let error = failure(statement)
      mysql_stmt_close(statement)
      throw error
    }
    guard let metadata = mysql_stmt_result_metadata(statement) else {
      mysql_stmt_close(statement)
      return nil
    }
    return try MariaDBPreparedRows(statement: statement, metadata: metadata) { failure(statement) }
  }

  private init(
    statement: UnsafeMutablePointer<MYSQL_STMT>, metadata: UnsafeMutablePointer<MYSQL_RES>,
    failure: @escaping () -> Error
  ) throws {
    self.statement = statement
    self.metadata = metadata
    self.failure = failure
    let count = Int(mysql_num_fields(metadata))
    let fields = mysql_fetch_fields(metadata).map { pointer in (0..<count).map { pointer[$0] } } ?? []
    kinds = fields.map(MariaDBFieldKind.init)
    columns = fields.map(MariaDBFieldKind.column)
    let slots = max(1, count)
    binds = .allocate(capacity: slots)
    binds.initialize(repeating: MYSQL_BIND(), count: slots)
    lengths = .allocate(capacity: slots)
    lengths.initialize(repeating: 0, count: slots)
    nulls = .allocate(capacity: slots)
    nulls.initialize(repeating: 0, count: slots)
    truncations = .allocate(capacity: slots)
    truncations.initialize(repeating: 0, count: slots)
    capacities = fields.map { $0.type == MYSQL_TYPE_DOUBLE ? 8 : Self.initialCapacity }
    buffers = capacities.map { UnsafeMutableRawPointer.allocate(byteCount: $0, alignment: 8) }
    for index in 0..<count {
      binds[index].buffer_type =
        fields[index].type == MYSQL_TYPE_DOUBLE ? MYSQL_TYPE_DOUBLE : MYSQL_TYPE_STRING
      binds[index].length = lengths + index
      binds[index].is_null = nulls + index
      binds[index].error = truncations + index
      point(index)
    }
    guard mysql_stmt_bind_result(statement, binds) == 0 else {
      close()
      throw failure()
    }
  }

  deinit {
    for buffer in buffers { buffer.deallocate() }
    binds.deallocate()
    lengths.deallocate()
    nulls.deallocate()
    truncations.deallocate()
  }

  func appendRow(to values: inout [[Value]]) throws -> Bool {
    let status = mysql_stmt_fetch(statement)
    if status == MYSQL_NO_DATA {
      exhausted = true
      return false
    }
    if status == MYSQL_DATA_TRUNCATED {
      try readTruncated()
    } else if status != 0 {
      exhausted = true
      throw failure()
    }
    for index in kinds.indices { values[index].append(value(at: index)) }
    return true
  }

  func close() {
    mysql_free_result(metadata)
    mysql_stmt_close(statement)
  }

  /// The value of column `index` in the fetched row.
  private func value(at index: Int) -> Value {
    if nulls[index] != 0 { return .null }
    if binds[index].buffer_type == MYSQL_TYPE_DOUBLE {
      return .double(buffers[index].load(as: Double.self))
    }
    let bytes = UnsafeRawBufferPointer(
      start: buffers[index], count: min(Int(lengths[index]), capacities[index]))
    return MariaDBValueText.value(bytes, kind: kinds[index])
  }

  /// Reads again, whole, each value longer than its buffer, and keeps the larger buffers for
  /// later rows.
  private func readTruncated() throws {
    var grown = false
    for index in kinds.indices where truncations[index] != 0 {
      buffers[index].deallocate()
      capacities[index] = Int(lengths[index]) + 1
      buffers[index] = .allocate(byteCount: capacities[index], alignment: 8)
      point(index)
      guard mysql_stmt_fetch_column(statement, binds + index, UInt32(index), 0) == 0 else { throw failure() }
      grown = true
    }
    if grown, mysql_stmt_bind_result(statement, binds) != 0 { throw failure() }
  }

  /// Points column `index`'s bind at its buffer.
  private func point(_ index: Int) {
    binds[index].buffer = buffers[index]
    binds[index].buffer_length = UInt(capacities[index])
  }
}
