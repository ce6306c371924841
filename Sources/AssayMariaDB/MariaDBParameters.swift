import AssayCore
import CMariaDB

/// Values bound to a prepared statement's `?` placeholders, each as its own type: integers,
/// doubles and booleans as numbers, NULL as NULL, text, dates, timestamps and durations as text
/// the server reads (timestamps as UTC wall-clock time, the session's zone). The values travel
/// apart from the SQL; none is written into it.
final class MariaDBParameters {
  /// One `MYSQL_BIND` per value, pointing into `storage`.
  let binds: UnsafeMutablePointer<MYSQL_BIND>
  private let count: Int
  private var storage: [UnsafeMutableRawPointer] = []

  /// Binds for `values`.
  init(_ values: [Value]) {
    count = values.count
    binds = .allocate(capacity: max(1, count))
    binds.initialize(repeating: MYSQL_BIND(), count: max(1, count))
    for (index, value) in values.enumerated() { bind(value, to: &binds[index]) }
  }

  deinit {
    binds.deallocate()
    for buffer in storage { buffer.deallocate() }
  }

  private func bind(_ value: Value, to bind: inout MYSQL_BIND) {
    switch value {
    case .null:
      bind.buffer_type = MYSQL_TYPE_NULL
    case .bool(let flag):
      bind.buffer_type = MYSQL_TYPE_TINY
      bind.buffer = keep(Int8(flag ? 1 : 0))
    case .int(let number):
      bind.buffer_type = MYSQL_TYPE_LONGLONG
      bind.buffer = keep(number)
    case .double(let number):
      bind.buffer_type = MYSQL_TYPE_DOUBLE
      bind.buffer = keep(number)
    case .timestamp(let instant):
      bindText(TimeText.iso(instant.microseconds, zone: .naive), to: &bind)
    case .date, .duration, .string:
      bindText(value.description, to: &bind)
    }
  }

  private func bindText(_ text: String, to bind: inout MYSQL_BIND) {
    let bytes = Array(text.utf8)
    let buffer = UnsafeMutableRawPointer.allocate(byteCount: max(1, bytes.count), alignment: 1)
    UnsafeMutableRawBufferPointer(start: buffer, count: bytes.count).copyBytes(from: bytes)
    storage.append(buffer)
    bind.buffer_type = MYSQL_TYPE_STRING
    bind.buffer = buffer
    bind.buffer_length = UInt(bytes.count)
  }

  private func keep<Number>(_ number: Number) -> UnsafeMutableRawPointer {
    let buffer = UnsafeMutableRawPointer.allocate(
      byteCount: MemoryLayout<Number>.size, alignment: MemoryLayout<Number>.alignment)
    buffer.storeBytes(of: number, as: Number.self)
    storage.append(buffer)
    return buffer
  }
}
