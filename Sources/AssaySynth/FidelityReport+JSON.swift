import AssayCore

extension FidelityReport {
  /// The report as one JSON object (snake_case keys; a number that is not finite is null).
  public var json: String {
    let columnObjects = columns.map { column in
      Self.object(
        [
          ("name", TableWriter.jsonString(column.name)),
          ("kind", TableWriter.jsonString(column.kind.rawValue)),
          ("distance_name", column.distanceName.map(TableWriter.jsonString) ?? "null"),
          ("distance", Self.number(column.distance)), ("real", Self.side(column.real)),
          ("synthetic", Self.side(column.synthetic)),
        ] + (column.generatedBecause.map { [("generated_because", TableWriter.jsonString($0))] } ?? []))
    }
    let n = correlationColumns.count
    func matrix(_ values: [Double]) -> String {
      "["
        + (0..<n).map { i in
          "[" + (0..<n).map { Self.number(values[i * n + $0]) }.joined(separator: ", ") + "]"
        }
        .joined(separator: ", ") + "]"
    }
    let largest = largestCorrelationDifference.map {
      Self.object([
        ("difference", Self.number($0.difference)),
        ("columns", "[\(TableWriter.jsonString($0.first)), \(TableWriter.jsonString($0.second))]"),
      ])
    }
    let correlations = Self.object([
      ("columns", "[" + correlationColumns.map(TableWriter.jsonString).joined(separator: ", ") + "]"),
      ("real", matrix(realCorrelations)), ("synthetic", matrix(syntheticCorrelations)),
      ("largest_difference", largest ?? "null"),
    ])
    let closest = closestRecord.map {
      Self.object([
        ("synthetic_median", Self.number($0.syntheticMedian)), ("real_median", Self.number($0.realMedian)),
        ("synthetic_rows_sampled", "\($0.syntheticRows)"), ("real_rows_sampled", "\($0.realRows)"),
        ("real_rows_searched", "\($0.referenceRows)"),
      ])
    }
    let values = valueDistances.map {
      Self.object([
        ("column", TableWriter.jsonString($0.column)), ("values", "\($0.values)"),
        ("mean_ks", Self.number($0.meanDistance)),
      ])
    }
    let generated = columns.filter { $0.kind == .generated }.map { TableWriter.jsonString($0.name) }
    return Self.object([
      ("real_rows", "\(realRows)"), ("synthetic_rows", "\(syntheticRows)"),
      ("columns", "[" + columnObjects.joined(separator: ", ") + "]"), ("rank_correlations", correlations),
      ("value_distances", "[" + values.joined(separator: ", ") + "]"), ("exact_copies", "\(exactCopies)"),
      ("closest_record", closest ?? "null"),
      ("generated_columns", "[" + generated.joined(separator: ", ") + "]"),
    ]) + "\n"
  }

  /// One side's statistics as an object, absent ones left out.
  private static func side(_ side: Side) -> String {
    var fields = [("rows", "\(side.rows)"), ("null_share", number(side.nullShare))]
    if let mean = side.mean { fields.append(("mean", number(mean))) }
    if let sd = side.sd { fields.append(("sd", number(sd))) }
    if let minimum = side.minimum { fields.append(("min", TableWriter.jsonString(minimum))) }
    if let maximum = side.maximum { fields.append(("max", TableWriter.jsonString(maximum))) }
    if let distinct = side.distinct { fields.append(("distinct", "\(distinct)")) }
    if let top = side.top { fields.append(("top", TableWriter.jsonString(top))) }
    if let share = side.topShare { fields.append(("top_share", number(share))) }
    if let length = side.meanLength { fields.append(("mean_length", number(length))) }
    return object(fields)
  }

  /// `{"key": value, …}` from keys and JSON texts.
  private static func object(_ fields: [(String, String)]) -> String {
    "{" + fields.map { "\(TableWriter.jsonString($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
  }

  /// A number as JSON; null when absent or not finite.
  private static func number(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "null" }
    return NumberFormatting.shortest(value)
  }
}
