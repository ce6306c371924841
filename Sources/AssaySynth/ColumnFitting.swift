import AssayAnalysis
import AssayCore

/// One real column's model and what its rows bring to the copula's correlations.
struct FittedColumn {
  /// The column's model.
  let model: ColumnModel
  /// Its copula dimensions (none for a column outside the copula).
  let dimensions: [CopulaDimension]
  /// For a category of 3 to `CategoryMarginal.mostSpreadValues` values, each row's code (NaN for a
  /// null), from which `CategorySpread` may give each value a dimension of its own.
  var codes: [Double]? = nil
}

/// Learns one real column's model, and the copula dimensions its rows bring to the correlations.
enum ColumnFitting {
  /// The most rows whose distinct texts decide whether a text column is near-unique.
  static let uniquenessSample = 20_000
  /// The most quantiles a numeric column's model keeps (2^12 + 1: steps of 1/4,096 in probability).
  static let quantileKnots = 4_097
  /// The most real values kept as shapes for a generated text column.
  static let shapeTemplates = 2_000

  /// The column's model, and for a learned column its copula dimension: each row's rank (NaN for a
  /// null), or for a category of two values the indicator of the less frequent one. `position` is
  /// the column's place in the table; a column of `personalData` (`PersonalData`) is generated.
  static func fit(_ column: Column, position: Int, personalData: String? = nil) -> FittedColumn {
    let nonNull = column.count - column.nullCount
    let nullRate = column.count == 0 ? 0 : Double(column.nullCount) / Double(column.count)
    guard nonNull > 0 else {
      return FittedColumn(
        model: ColumnModel(name: column.name, type: column.type, nullRate: 1, marginal: .empty),
        dimensions: [])
    }
    if let personalData, let shaped = shaped(column, personalData: personalData, nullRate: nullRate) {
      return shaped
    }
    switch column.type {
    case .bool, .string:
      if column.type == .string, isNearUnique(column, nonNull: nonNull) {
        let shape = TextShape(templates: templates(column))
        return FittedColumn(
          model: ColumnModel(
            name: column.name, type: .string, nullRate: nullRate, marginal: .shapedText(shape)),
          dimensions: [])
      }
      return categories(column, position: position, nullRate: nullRate)
    case .int:
      if let sequence = identifierSequence(column) {
        return FittedColumn(
          model: ColumnModel(name: column.name, type: .int, nullRate: 0, marginal: sequence), dimensions: [])
      }
      if isIntegerIdentifier(column, nonNull: nonNull) {
        return FittedColumn(
          model: ColumnModel(
            name: column.name, type: .int, nullRate: nullRate,
            marginal: .shapedInteger(TextShape(templates: templates(column)))),
          dimensions: [])
      }
      return quantiles(column, nullRate: nullRate, units: units(column) { Double($0) })
    case .double:
      let values = units(column) { Double($0) }
      return quantiles(column, nullRate: nullRate, units: values, decimals: decimals(of: values))
    case .duration:
      return quantiles(column, nullRate: nullRate, units: units(column) { Double($0) })
    case .date:
      var days: [Int32] = []
      for chunk in column.chunks {
        guard case .date(let a) = chunk.values else { continue }
        for i in a.indices where !chunk.isNull(i) { days.append(a[i]) }
      }
      let granularity = TimeGranularity.ofDates(days)
      let values = units(column) { Double(granularity.units(ofDate: Int32($0))) }
      return quantiles(column, nullRate: nullRate, units: values, granularity: granularity)
    case .timestamp:
      let zone = column.timeZone ?? .naive
      let shift = zone.seconds * 1_000_000
      var wall: [Int64] = []
      for chunk in column.chunks {
        guard case .timestamp(let a, _) = chunk.values else { continue }
        for i in a.indices where !chunk.isNull(i) { wall.append(a[i] + shift) }
      }
      let granularity = TimeGranularity.ofTimestamps(wall)
      let values = units(column) { Double(granularity.units(ofMicros: $0 + shift)) }
      return quantiles(column, nullRate: nullRate, units: values, granularity: granularity, zone: zone)
    }
  }

  /// A column of personal data generated in the shape of its values: text as text, integers (card
  /// or citizen numbers) by their digits; nil for a column of another type.
  private static func shaped(_ column: Column, personalData: String, nullRate: Double) -> FittedColumn? {
    let shape = TextShape(templates: templates(column))
    let marginal: Marginal
    switch column.type {
    case .string: marginal = .shapedText(shape)
    case .int: marginal = .shapedInteger(shape)
    default: return nil
    }
    return FittedColumn(
      model: ColumnModel(
        name: column.name, type: column.type, nullRate: nullRate, marginal: marginal,
        personalData: personalData),
      dimensions: [])
  }

  /// Each row's value in the column's units (NaN for a null), from its stored integer (int,
  /// duration, timestamp, date) or double.
  private static func units(_ column: Column, _ transform: (Int64) -> Double) -> [Double] {
    var out: [Double] = []
    out.reserveCapacity(column.count)
    for chunk in column.chunks {
      for i in 0..<chunk.count {
        if chunk.isNull(i) {
          out.append(.nan)
          continue
        }
        switch chunk.values {
        case .int(let a), .duration(let a), .timestamp(let a, _): out.append(transform(a[i]))
        case .date(let a): out.append(transform(Int64(a[i])))
        case .double(let a): out.append(a[i])
        case .bool, .string: out.append(.nan)
        }
      }
    }
    return out
  }

  /// A quantile model of the units: a number column of at most `mostSteps` distinct values draws
  /// only those (`Marginal.steps`), where interpolating would invent values between them (and a
  /// row redrawn because it copied a real one would find them, being in no real row).
  private static func quantiles(
    _ column: Column, nullRate: Double, units: [Double], decimals: Int? = nil,
    granularity: TimeGranularity? = nil, zone: TimeZoneForm = .naive
  ) -> FittedColumn {
    let (ranks, sorted) = RankScores.ranked(units)
    let few = granularity == nil && holdsAtMost(mostSteps, distinctValues: sorted)
    let model = ColumnModel(
      name: column.name, type: column.type, nullRate: nullRate,
      marginal: few ? .steps(stepKnots(sorted)) : .quantiles(knots(sorted)),
      granularity: granularity, zone: zone, decimals: decimals)
    return FittedColumn(model: model, dimensions: [.ranked(ranks)])
  }

  /// The most distinct values a number column drawn as they are (`Marginal.steps`) may have.
  static let mostSteps = 32

  /// Whether ascending `sorted` holds at most `limit` distinct values.
  private static func holdsAtMost(_ limit: Int, distinctValues sorted: [Double]) -> Bool {
    var count = sorted.isEmpty ? 0 : 1
    for i in sorted.indices.dropFirst() where sorted[i] != sorted[i - 1] {
      count += 1
      if count > limit { return false }
    }
    return true
  }

  /// Ascending values cut to at most `quantileKnots` of them, each the value at the middle of an
  /// equal share of the ranks, so that `Marginal.step` draws each value by its share.
  static func stepKnots(_ sorted: [Double]) -> [Double] {
    guard sorted.count > quantileKnots else { return sorted }
    let share = Double(sorted.count) / Double(quantileKnots)
    return (0..<quantileKnots).map { sorted[Swift.min(sorted.count - 1, Int((Double($0) + 0.5) * share))] }
  }

  /// Ascending values cut to at most `quantileKnots` of their quantiles, evenly spaced in
  /// probability (interpolated as `Marginal.quantile` reads them), so that drawing reads a table
  /// that stays in the processor's cache; fewer values are kept whole.
  static func knots(_ sorted: [Double]) -> [Double] {
    guard sorted.count > quantileKnots else { return sorted }
    return (0..<quantileKnots).map { Marginal.quantile(sorted, Double($0) / Double(quantileKnots - 1)) }
  }

  /// The fewest decimals (up to six) that write every value exactly; nil when some need more.
  static func decimals(of values: [Double]) -> Int? {
    var most = 0
    let step = Swift.max(1, values.count / 10_000)
    for index in stride(from: 0, to: values.count, by: step) where !values[index].isNaN {
      let value = values[index]
      guard
        let needed = (most...6).first(where: { d in
          let scaled = value * ColumnModel.powersOfTen[d]
          return scaled.rounded() / ColumnModel.powersOfTen[d] == value
        })
      else { return nil }
      most = needed
    }
    return most
  }

  /// The values by frequency (most frequent first, ties in the order they first appear) and the
  /// column's dimension: the indicator of the less frequent of two values, else the ranks of the
  /// rows' codes (with the codes, for `CategorySpread`, when there are 3 to 32 values).
  private static func categories(_ column: Column, position: Int, nullRate: Double) -> FittedColumn {
    var firstSeen: [Value: Int] = [:]
    var seen: [Value] = []
    var counts: [Int] = []
    var rowIDs: [Int32] = []
    rowIDs.reserveCapacity(column.count)
    func id(_ value: Value) -> Int32 {
      if let known = firstSeen[value] { return Int32(known) }
      firstSeen[value] = seen.count
      seen.append(value)
      counts.append(0)
      return Int32(seen.count - 1)
    }
    for chunk in column.chunks {
      if case .string(.dictionary(let codes, let dictionary)) = chunk.values {
        // Each entry met in row order: a dictionary may hold its values in another order, or
        // values no row uses (a gathered sheet's, a Parquet writer's).
        var mapped = [Int32](repeating: -1, count: dictionary.count)
        for (i, code) in codes.enumerated() {
          guard !chunk.isNull(i) else {
            rowIDs.append(-1)
            continue
          }
          if mapped[Int(code)] < 0 { mapped[Int(code)] = id(.string(dictionary[Int(code)])) }
          rowIDs.append(mapped[Int(code)])
        }
      } else {
        for i in 0..<chunk.count { rowIDs.append(chunk.isNull(i) ? -1 : id(chunk.value(at: i))) }
      }
    }
    for rowID in rowIDs where rowID >= 0 { counts[Int(rowID)] += 1 }
    let order = seen.indices.sorted { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : $0 < $1 }
    var code = [Double](repeating: 0, count: seen.count)
    for (rank, original) in order.enumerated() { code[original] = Double(rank) }
    let marginal = CategoryMarginal(values: order.map { seen[$0] }, weights: order.map { Double(counts[$0]) })
    let model = ColumnModel(
      name: column.name, type: column.type, nullRate: nullRate, marginal: .categories(marginal))
    let keys = rowIDs.map { $0 < 0 ? Double.nan : code[Int($0)] }
    if seen.count == 2 {
      return FittedColumn(
        model: model, dimensions: [.indicator(codes: keys, value: 1, column: position, values: 2)])
    }
    return FittedColumn(
      model: model, dimensions: [.ranked(RankScores.ranked(keys).ranks)],
      codes: marginal.canSpread ? keys : nil)
  }

  /// True when more than half of a text column's values (or of an even sample of them) are
  /// distinct: free text or an identifier, whose values are not learned.
  private static func isNearUnique(_ column: Column, nonNull: Int) -> Bool {
    let stride = Swift.max(1, column.count / uniquenessSample)
    var distinct = Set<UInt64>()
    var looked = 0
    for row in Swift.stride(from: 0, to: column.count, by: stride) {
      guard case .string(let text) = column[row] else { continue }
      distinct.insert(TextHash.of(text))
      looked += 1
    }
    return looked > 1 && distinct.count * 2 > looked
  }

  /// An even sample of a text or int column's values, as UTF-8 text, to copy shapes from.
  private static func templates(_ column: Column) -> [[UInt8]] {
    func text(_ row: Int) -> [UInt8]? {
      switch column[row] {
      case .string(let text): return Array(text.utf8)
      case .int(let number): return Array(String(number).utf8)
      default: return nil
      }
    }
    let stride = Swift.max(1, column.count / shapeTemplates)
    let sampled = Swift.stride(from: 0, to: column.count, by: stride).compactMap(text)
    guard sampled.isEmpty else { return sampled }
    return (0..<column.count).lazy.compactMap(text).prefix(1).map { $0 }
  }

  /// True for an int column of identifiers, whose values are generated in their shape rather than
  /// learned (a row's number in another table must not reappear): at least 20 values, every one
  /// distinct (over an even sample of `uniquenessSample`), and either dense (all within twice as
  /// many consecutive integers as there are values: a permuted numbering) or named as an
  /// identifier is (`id`, `…_id`, `customerId`, `key`, `…_no`). Distinct measures spread wide
  /// under other names (a volume, an amount) stay learned.
  private static func isIntegerIdentifier(_ column: Column, nonNull: Int) -> Bool {
    guard nonNull >= 20 else { return false }
    let stride = Swift.max(1, column.count / uniquenessSample)
    var seen = Set<Int64>()
    var looked = 0
    for row in Swift.stride(from: 0, to: column.count, by: stride) {
      guard case .int(let value) = column[row] else { continue }
      guard seen.insert(value).inserted else { return false }
      looked += 1
    }
    guard looked >= 20, let low = seen.min(), let high = seen.max() else { return false }
    let (span, overflow) = high.subtractingReportingOverflow(low)
    let dense = !overflow && span < 2 * Int64(nonNull)
    return dense || namesAnIdentifier(column.name)
  }

  /// True for a column name that names an identifier: `id`, or ending in `_id`, ` id`, `-id`,
  /// `Id`/`ID` after a lower-case letter, `key`, `_no`, `_nr`.
  static func namesAnIdentifier(_ name: String) -> Bool {
    let lowered = name.lowercased()
    if ["id", "key", "no", "nr"].contains(lowered) { return true }
    for suffix in ["id", "key", "no", "nr"] where lowered.hasSuffix(suffix) && lowered.count > suffix.count {
      let before = lowered[lowered.index(lowered.endIndex, offsetBy: -suffix.count - 1)]
      if "_- .".contains(before) { return true }
    }
    guard name.hasSuffix("Id") || name.hasSuffix("ID"), name.count > 2 else { return false }
    return name[name.index(name.endIndex, offsetBy: -3)].isLowercase
  }

  /// `.sequence` for an int column that numbers its rows: at least 20 rows, none null, strictly
  /// increasing; its step is the mean step, at least 1.
  private static func identifierSequence(_ column: Column) -> Marginal? {
    guard column.count >= 20, column.nullCount == 0 else { return nil }
    var previous = Int64.min
    var first: Int64?
    for chunk in column.chunks {
      guard case .int(let a) = chunk.values else { return nil }
      for value in a {
        guard value > previous else { return nil }
        first = first ?? value
        previous = value
      }
    }
    guard let first else { return nil }
    let (span, overflow) = previous.subtractingReportingOverflow(first)
    guard !overflow else { return nil }
    return .sequence(start: first, step: Swift.max(1, span / Int64(column.count - 1)))
  }
}
