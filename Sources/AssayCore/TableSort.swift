/// One column to sort by, and its direction.
public struct SortKey: Equatable, Sendable {
  /// The column's index in the table.
  public var column: Int
  /// True for largest first.
  public var descending: Bool

  /// A sort key.
  public init(column: Int, descending: Bool = false) {
    self.column = column
    self.descending = descending
  }
}

/// Stable, typed sorting of a table's rows: numbers numerically, dates by day, timestamps as
/// instants, durations by length, text by code
/// points, false before true; nulls (and NaN) last in either direction. Ties keep their order.
public enum TableSort {
  /// The row order that sorts `table` by `keys`, the first key most significant.
  /// Each key is one radix sort of order-preserving integer keys over the current order.
  public static func order(_ table: Table, by keys: [SortKey]) -> [Int] {
    order(table, by: keys, from: nil, monitor: nil) ?? []
  }

  /// Like `order(_:by:)`, reporting each key's rows to `monitor`; throws `CancellationError`
  /// when the monitor is stopped before the end. Given `current` (a permutation of the rows),
  /// rows that tie on every key keep their places in it instead of the table's order, so
  /// sorting a sorted view by another key needs no copy of the rows.
  public static func order(
    _ table: Table, by keys: [SortKey], from current: [Int]? = nil, monitor: WorkMonitor
  )
    throws -> [Int]
  {
    guard let order = order(table, by: keys, from: current, monitor: Optional(monitor)) else {
      throw CancellationError()
    }
    return order
  }

  /// `table` sorted by `keys`.
  public static func sorted(_ table: Table, by keys: [SortKey]) -> Table {
    table.gathering(rows: order(table, by: keys))
  }

  /// The sorted order; nil when `monitor` was stopped.
  private static func order(_ table: Table, by keys: [SortKey], from current: [Int]?, monitor: WorkMonitor?)
    -> [Int]?
  {
    let start = current?.count == table.rowCount ? current : nil
    var order = HugePageArrays.make(count: table.rowCount) { (buffer: UnsafeMutableBufferPointer<UInt32>) in
      if let start {
        for i in 0..<table.rowCount { buffer[i] = UInt32(truncatingIfNeeded: start[i]) }
      } else {
        for i in 0..<table.rowCount { buffer[i] = UInt32(truncatingIfNeeded: i) }
      }
      return table.rowCount
    }
    for key in keys.reversed() where table.columns.indices.contains(key.column) {
      guard monitor?.isStopped != true else { return nil }
      let ranked = SortKeys(table.columns[key.column], monitor: monitor)
      guard let sorted = sortStable(order, keys: ranked, descending: key.descending, monitor: monitor) else {
        return nil
      }
      order = sorted
      monitor?.advance(rows: table.rowCount)
    }
    return monitor?.isStopped == true ? nil : order.map { Int($0) }
  }

  private static func sortStable(_ order: [UInt32], keys: SortKeys, descending: Bool, monitor: WorkMonitor?)
    -> [UInt32]?
  {
    var pairs: [UInt64] = []
    var rows: [UInt32] = []
    var nullRows: [UInt32] = []
    pairs.reserveCapacity(order.count)
    rows.reserveCapacity(order.count)
    let stopped = keys.keys.withUnsafeBufferPointer { keyBuffer -> Bool in
      for (index, row) in order.enumerated() {
        if index & (WorkMonitor.checkInterval - 1) == 0, monitor?.isStopped == true { return true }
        let isValid = keys.isValid?[Int(row)] ?? true
        if isValid {
          let key = keyBuffer[Int(row)]
          pairs.append(descending ? ~key : key)
          rows.append(row)
        } else {
          nullRows.append(row)
        }
      }
      return false
    }
    guard !stopped, KeyedRadixSort.sort(keys: &pairs, carrying: &rows, monitor: monitor) else { return nil }
    return rows + nullRows
  }
}

/// Order-preserving unsigned keys for every row of a column, and which rows are null.
struct SortKeys {
  /// One key per row; for valid rows, a < b exactly when the values sort a before b.
  var keys: [UInt64]
  /// Per row: false for null or NaN; nil when every row is valid.
  var isValid: [Bool]?

  /// The keys of `column`; text stops early (with keys of no meaning) once `monitor` is stopped.
  init(_ column: Column, monitor: WorkMonitor? = nil) {
    var valid = column.nullCount > 0 ? column.validityFlags() : nil
    switch column.type {
    case .bool: keys = Self.keys(column, { if case .bool(let a) = $0 { a } else { nil } }, { $0 ? 1 : 0 })
    case .int:
      keys = Self.keys(
        column, { if case .int(let a) = $0 { a } else { nil } }, { UInt64(bitPattern: $0) ^ (1 << 63) })
    case .date:
      keys = Self.keys(
        column, { if case .date(let a) = $0 { a } else { nil } },
        { UInt64(bitPattern: Int64($0)) ^ (1 << 63) })
    case .timestamp, .duration:
      keys = Self.keys(
        column,
        { if case .timestamp(let a, _) = $0 { a } else if case .duration(let a) = $0 { a } else { nil } },
        { UInt64(bitPattern: $0) ^ (1 << 63) })
    case .double:
      let doubles = { (values: ChunkValues) -> [Double]? in if case .double(let a) = values { a } else { nil }
      }
      keys = Self.keys(column, doubles, Self.doubleKey)
      if column.chunks.contains(where: { doubles($0.values)?.contains(where: \.isNaN) ?? false }) {
        var flags = valid ?? [Bool](repeating: true, count: column.count)
        for (chunk, start) in zip(column.chunks, column.chunkStarts) {
          for (i, x) in (doubles(chunk.values) ?? []).enumerated() where x.isNaN { flags[start + i] = false }
        }
        valid = flags
      }
    case .string: keys = Self.stringRanks(column, monitor: monitor)
    }
    isValid = valid
  }

  /// `key(value)` for every row, read from the chunks into one buffer that is read at random rows later.
  private static func keys<T>(_ column: Column, _ values: (ChunkValues) -> [T]?, _ key: (T) -> UInt64)
    -> [UInt64]
  {
    HugePageArrays.make(count: column.count) { target in
      var at = 0
      for chunk in column.chunks {
        guard let array = values(chunk.values) else { continue }
        array.withUnsafeBufferPointer { array in
          for x in array where at < target.count {
            target[at] = key(x)
            at += 1
          }
        }
      }
      return at
    }
  }

  /// Doubles as unsigned integers in numeric order (−0 and +0 equal).
  static func doubleKey(_ x: Double) -> UInt64 {
    let bits = (x == 0 ? 0.0 : x).bitPattern
    return bits & (1 << 63) != 0 ? ~bits : bits | (1 << 63)
  }

  /// Each row's rank among the column's distinct strings in code-point order.
  static func stringRanks(_ column: Column, monitor: WorkMonitor? = nil) -> [UInt64] {
    if let merged = column.mergedDictionary() {
      let order = merged.entries.indices.sorted {
        merged.entries[$0].utf8.lexicographicallyPrecedes(merged.entries[$1].utf8)
      }
      var rank = [UInt64](repeating: 0, count: merged.entries.count)
      for (position, entry) in order.enumerated() { rank[entry] = UInt64(position) }
      return merged.codes.map { rank[Int($0)] }
    }
    if let ranks = TextRanks.ranks(column, monitor: monitor) { return ranks }
    var rankOf: [String: UInt64] = [:]
    var texts: [String] = []
    var rowCodes: [UInt64] = []
    rowCodes.reserveCapacity(column.count)
    for chunk in column.chunks {
      guard case .string(let storage) = chunk.values else { continue }
      for i in 0..<chunk.count {
        let text = chunk.isNull(i) ? "" : storage.string(at: i)
        if let code = rankOf[text] {
          rowCodes.append(code)
        } else {
          let code = UInt64(texts.count)
          rankOf[text] = code
          texts.append(text)
          rowCodes.append(code)
        }
      }
    }
    let order = texts.indices.sorted { texts[$0].utf8.lexicographicallyPrecedes(texts[$1].utf8) }
    var rank = [UInt64](repeating: 0, count: texts.count)
    for (position, entry) in order.enumerated() { rank[entry] = UInt64(position) }
    return rowCodes.map { rank[Int($0)] }
  }
}
