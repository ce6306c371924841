import AssayAnalysis
import AssayCore

extension SQLAggregates {
  /// `Describe.summarize`'s summaries computed by the engine, every column at once: one statement
  /// counts values and distinct values and finds the extremes (by `ordered` where MIN and MAX
  /// would lose the type: `SQLDialect.extremesKeepType`); the medians come from `values(at:)` (one
  /// statement in PostgreSQL, one per column elsewhere); one
  /// sums the number columns' values and one their squared deviations from the mean, each sum
  /// exact (`exactSums`), as `Describe` sums them.
  public func describe(columns names: [String]?, monitor: WorkMonitor?) throws -> [ColumnSummary] {
    try session(monitor: monitor) { session in
      let schema = try schema(session)
      let chosen = try names.map { try $0.map(schema.requireColumn) } ?? schema.columns
      var summaries = try counted(chosen, in: session)
      try monitor?.checkStopped()
      for index in chosen.indices
      where !dialect.extremesKeepType(chosen[index].type) && summaries[index].count > 0 {
        summaries[index].min = try ordered(chosen[index], offset: 0, limit: 1, in: session).first ?? .null
        summaries[index].max =
          try ordered(chosen[index], offset: 0, limit: 1, descending: true, in: session).first ?? .null
      }
      for index in chosen.indices {
        summaries[index].span = Describe.span(from: summaries[index].min, to: summaries[index].max)
      }
      try findMedians(of: chosen, into: &summaries, in: session)
      try monitor?.checkStopped()
      try findMeansAndDeviations(of: chosen, into: &summaries, in: session)
      return summaries
    }
  }

  /// Per column its values, distinct values and (where they keep their type) extremes, with
  /// the rows, in one statement; the rest of each summary empty.
  private func counted(_ chosen: [Column], in session: SQLSession) throws -> [ColumnSummary] {
    let items = chosen.map { column in
      let (name, key) = (quoted(column.name), orderKey(column))
      let extreme = extremeKey(column)
      let extremes = dialect.extremesKeepType(column.type) ? "MIN(\(extreme)), MAX(\(extreme))" : "NULL, NULL"
      return "\(dialect.valueCount(name)), \(dialect.distinctCount(key, of: name)), \(extremes)"
    }
    let row = try session.row("SELECT \((["COUNT(*)"] + items).joined(separator: ", ")) FROM \(from)")
    let rows = Int(row.first?.engineNumber ?? 0)
    return chosen.enumerated().map { index, column in
      let fields = row[(1 + 4 * index)...]
      let count = Int(fields[fields.startIndex].engineNumber ?? 0)
      return ColumnSummary(
        name: column.name, type: column.type, count: count, nulls: rows - count,
        distinct: Int(fields[fields.startIndex + 1].engineNumber ?? 0),
        min: count > 0 ? Self.held(fields[fields.startIndex + 2], as: column.type) : .null,
        max: count > 0 ? Self.held(fields[fields.startIndex + 3], as: column.type) : .null,
        mean: nil, std: nil, median: .null)
    }
  }

  /// An extreme as a column of `type` holds it: an integer as a double in a double column (SQLite's
  /// MIN and MAX hand back whichever kind of value the column holds there).
  private static func held(_ value: Value, as type: ColumnType) -> Value {
    if case .int(let number) = value, type == .double { return .double(Double(number)) }
    return value
  }

  /// The medians of the number and time columns: a number's between its two middle values, as
  /// `Describe` takes it; a date's, time's or duration's the lower middle value.
  private func findMedians(of chosen: [Column], into summaries: inout [ColumnSummary], in session: SQLSession)
    throws
  {
    let wanted = chosen.indices.filter { summaries[$0].count > 0 && chosen[$0].type.hasMedian }
    let requests = wanted.map { index in
      let count = summaries[index].count
      let position = LinearQuantile(0.5, count: count)
      let ranks = chosen[index].type.isNumeric ? [position.lowerRank, position.upperRank] : [(count - 1) / 2]
      return RankRequest(column: chosen[index], ranks: ranks, count: count)
    }
    let values = try self.values(at: requests, in: session)
    for (index, found) in zip(wanted, values) {
      guard chosen[index].type.isNumeric else {
        summaries[index].median = found.first ?? .null
        continue
      }
      let position = LinearQuantile(0.5, count: summaries[index].count)
      let (below, above) = (found.first?.engineNumber ?? .nan, found.last?.engineNumber ?? .nan)
      summaries[index].median = .double(position.value(below: below, above: above))
    }
  }

  /// The number columns' means and sample standard deviations (nil below two values): exact sums
  /// of the values, then of their squared deviations from the mean, each over every column in one
  /// statement. A column whose squares would pass the largest double (PostgreSQL raises an error
  /// on overflow) is read and summed here, as `Describe` sums it.
  private func findMeansAndDeviations(
    of chosen: [Column], into summaries: inout [ColumnSummary], in session: SQLSession
  ) throws {
    let numbers = chosen.indices.filter { chosen[$0].type.isNumeric && summaries[$0].count > 0 }
    func range(_ index: Int) -> (low: Double, high: Double) {
      (summaries[index].min.engineNumber ?? 0, summaries[index].max.engineNumber ?? 0)
    }
    let (summed, overflowing) = numbers.partitioned { index in
      let (low, high, count) = (range(index).low, range(index).high, Double(summaries[index].count))
      return ((high - low) * (high - low) * count).isFinite
        && (Swift.max(abs(low), abs(high)) * count).isFinite
    }
    let sums = try session.exactSums(
      summed.map { index in
        let (low, high) = range(index)
        let value = dialect.asDouble(computable(chosen[index]))
        return ExactSumTerm(count: summaries[index].count, bound: Swift.max(abs(low), abs(high))) { _ in value
        }
      }, from: from)
    for (index, sum) in zip(summed, sums) { summaries[index].mean = sum / Double(summaries[index].count) }
    let spread = summed.filter { summaries[$0].count > 1 }
    let squares = try session.exactSums(
      spread.map { index in
        let (low, high) = range(index)
        let (value, mean) = (dialect.asDouble(computable(chosen[index])), summaries[index].mean ?? 0)
        // The largest squared deviation: from the farther extreme (a constant column's mean may
        // differ from its value in the last place), with room for rounding.
        let deviation = Swift.max(high - low, abs(low - mean), abs(high - mean)) * 1.001
        return ExactSumTerm(count: summaries[index].count, bound: deviation * deviation) { statement in
          "(\(value) - \(statement.bind(mean))) * (\(value) - \(statement.bind(mean)))"
        }
      }, from: from)
    for (index, total) in zip(spread, squares) {
      summaries[index].std = (total / Double(summaries[index].count - 1)).squareRoot()
    }
    guard !overflowing.isEmpty else { return }
    let pulled = try pulled(overflowing.map { chosen[$0].name })
      .describe(columns: overflowing.map { chosen[$0].name }, monitor: nil)
    for (index, summary) in zip(overflowing, pulled) {
      (summaries[index].mean, summaries[index].std) = (summary.mean, summary.std)
    }
  }
}

extension ColumnType {
  /// Whether `describe` gives the type a median: numbers, dates, timestamps and durations.
  fileprivate var hasMedian: Bool {
    switch self {
    case .int, .double, .date, .timestamp, .duration: return true
    case .bool, .string: return false
    }
  }
}

extension Array {
  /// The elements for which `belongs` holds, and the others, each in order.
  fileprivate func partitioned(by belongs: (Element) -> Bool) -> (matching: [Element], rest: [Element]) {
    reduce(into: ([], [])) { parts, element in
      if belongs(element) { parts.0.append(element) } else { parts.1.append(element) }
    }
  }
}
