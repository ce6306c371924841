import AssayCore

extension Frequency {
  /// The same table as `table(compute(column), columnName: column.name)`, built from typed
  /// buffers for numeric, date and bool columns, so millions of distinct values cost no `Value` each.
  public static func typedTable(_ column: Column) -> Table {
    (try? typedTable(column, monitor: nil)) ?? table([], columnName: column.name)
  }

  /// `typedTable(column)`, throwing `CancellationError` soon after `monitor` is stopped.
  public static func typedTable(_ column: Column, monitor: WorkMonitor?) throws(CancellationError) -> Table {
    if let groups = try TextGroups(column, monitor: monitor) {
      let order = byCountDescending(groups.counts)
      var bytes: [UInt8] = [], offsets: [UInt32] = [0]
      offsets.reserveCapacity(order.count + 2)
      for group in order {
        groups.texts.withText(groups.firsts[group]) { bytes.append(contentsOf: $0) }
        offsets.append(UInt32(truncatingIfNeeded: bytes.count))
      }
      let missing = column.nullCount
      if missing > 0 { offsets.append(offsets[offsets.count - 1]) }
      return frequencyTable(
        column, values: .string(.packed(bytes: bytes, offsets: offsets)),
        counts: order.map { groups.counts[$0] }, missing: missing)
    }
    guard let numbers = SortedNumbers(column), numbers.count > 0 else {
      return table(try compute(column, monitor: monitor), columnName: column.name)
    }
    try monitor?.checkStopped()
    var keys: [UInt64] = [], counts: [Int] = []
    numbers.forEachRun { key, length in
      keys.append(key)
      counts.append(length)
    }
    let order = byCountDescending(counts)
    let missing = numbers.missingCount
    return frequencyTable(
      column, values: typedValues(numbers, keys: keys, order: order, padded: missing > 0),
      counts: order.map { counts[$0] }, missing: missing)
  }

  /// The frequency table of `column` from its distinct values (most frequent first, with a last
  /// slot for nulls when `missing` > 0) and their counts.
  private static func frequencyTable(_ column: Column, values: ChunkValues, counts: [Int], missing: Int)
    -> Table
  {
    let rowCount = counts.count + (missing > 0 ? 1 : 0)
    var validity: ValidityBitmap?
    if missing > 0 {
      var bits = ValidityBitmap(count: rowCount, allValid: true)
      bits.set(rowCount - 1, valid: false)
      validity = bits
    }
    let orderedCounts = counts + (missing > 0 ? [missing] : [])
    let total = Double(max(1, column.count))
    var running = 0
    var percents: [Double] = [], cumulative: [Double] = []
    percents.reserveCapacity(rowCount)
    cumulative.reserveCapacity(rowCount)
    for count in orderedCounts {
      running += count
      percents.append(Double(count) * 100 / total)
      cumulative.append(Double(running) * 100 / total)
    }
    let names = statisticNames(besides: column.name)
    return Table(
      name: "\(column.name) frequency",
      columns: [
        Column(
          name: column.name, type: column.type, chunks: [ColumnChunk(values: values, validity: validity)],
          decimalPlaces: column.decimalPlaces),
        Column(
          name: names[0], type: .int,
          chunks: [ColumnChunk(values: .int(orderedCounts.map(Int64.init)), validity: nil)]),
        Column(
          name: names[1], type: .double, chunks: [ColumnChunk(values: .double(percents), validity: nil)]),
        Column(
          name: names[2], type: .double, chunks: [ColumnChunk(values: .double(cumulative), validity: nil)]
        ),
      ])
  }

  /// The keys at `order` decoded into the column's type, with a placeholder slot for nulls when `padded`.
  private static func typedValues(_ numbers: SortedNumbers, keys: [UInt64], order: [Int], padded: Bool)
    -> ChunkValues
  {
    let extra = padded ? 1 : 0
    switch numbers.type {
    case .double: return .double(order.map { OrderedKey.double(keys[$0]) } + repeatElement(0, count: extra))
    case .date:
      return .date(
        order.map { Int32(truncatingIfNeeded: OrderedKey.int(keys[$0])) } + repeatElement(0, count: extra))
    case .timestamp:
      return .timestamp(order.map { OrderedKey.int(keys[$0]) } + repeatElement(0, count: extra), numbers.zone)
    case .duration: return .duration(order.map { OrderedKey.int(keys[$0]) } + repeatElement(0, count: extra))
    case .bool: return .bool(order.map { OrderedKey.int(keys[$0]) != 0 } + repeatElement(false, count: extra))
    case .int, .string: return .int(order.map { OrderedKey.int(keys[$0]) } + repeatElement(0, count: extra))
    }
  }
}
