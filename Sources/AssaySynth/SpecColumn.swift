import AssayCore
import Foundation

/// One column of a spec: `{"name": …, "distribution": …, parameters…, "nulls": share}`.
enum SpecColumn {
  /// The distributions a column may declare, with their parameters.
  static let parameters: [String: [String]] = [
    "normal": ["mean", "sd", "decimals"], "lognormal": ["mu", "sigma", "decimals"],
    "uniform": ["min", "max", "decimals"], "poisson": ["lambda"], "categorical": ["values", "weights"],
    "date": ["from", "to"], "sequence": ["start", "step"],
  ]

  /// The column model a spec's column object declares.
  static func model(_ fields: SpecFields) throws -> ColumnModel {
    guard let name = try fields.text("name"), !name.isEmpty else {
      throw SynthesisSpec.fault(fields.source, fields.name("name"), "must be a non-empty string")
    }
    let kinds = parameters.keys.sorted().joined(separator: ", ")
    guard let kind = try fields.text("distribution"), let allowed = parameters[kind] else {
      throw SynthesisSpec.fault(fields.source, fields.name("distribution"), "must be one of \(kinds)")
    }
    try fields.allowOnly(["name", "distribution", "nulls"] + allowed)
    let nulls = try fields.number("nulls") ?? 0
    guard (0..<1).contains(nulls) else {
      throw SynthesisSpec.fault(
        fields.source, fields.name("nulls"), "must be a share from 0 up to (not including) 1")
    }
    if kind == "sequence" && nulls > 0 {
      throw SynthesisSpec.fault(fields.source, fields.name("nulls"), "a sequence has no nulls")
    }
    switch kind {
    case "categorical": return try categorical(fields, name: name, nulls: nulls)
    case "date":
      let first = try day(fields, "from"), last = try day(fields, "to")
      guard first <= last else {
        throw SynthesisSpec.fault(fields.source, fields.name("to"), "must not be before from")
      }
      return ColumnModel(
        name: name, type: .date, nullRate: nulls, marginal: .distribution(.days(first: first, last: last)),
        granularity: .day)
    case "sequence":
      let start = try fields.number("start") ?? 1, step = try fields.number("step") ?? 1
      guard start == start.rounded(), abs(start) < 1e15 else {
        throw SynthesisSpec.fault(
          fields.source, fields.name("start"), "must be a whole number between -1e15 and 1e15")
      }
      guard step == step.rounded(), abs(step) < 1e15 else {
        throw SynthesisSpec.fault(
          fields.source, fields.name("step"), "must be a whole number between -1e15 and 1e15")
      }
      return ColumnModel(
        name: name, type: .int, nullRate: 0, marginal: .sequence(start: Int64(start), step: Int64(step)))
    case "poisson":
      let lambda = try fields.required("lambda", "a positive number up to 1e9") { $0 > 0 && $0 <= 1e9 }
      return ColumnModel(
        name: name, type: .int, nullRate: nulls, marginal: .distribution(.poisson(lambda: lambda)))
    default:
      return try continuous(fields, kind: kind, name: name, nulls: nulls)
    }
  }

  /// A normal, lognormal or uniform column, rounded to `decimals` when given (0 makes it int).
  private static func continuous(_ fields: SpecFields, kind: String, name: String, nulls: Double) throws
    -> ColumnModel
  {
    let distribution: Distribution
    switch kind {
    case "normal":
      distribution = .normal(
        mean: try fields.required("mean", "a number"),
        sd: try fields.required("sd", "a positive number") { $0 > 0 })
    case "lognormal":
      distribution = .lognormal(
        mu: try fields.required("mu", "a number"),
        sigma: try fields.required("sigma", "a positive number") { $0 > 0 })
    default:
      let low = try fields.required("min", "a number")
      let high = try fields.required("max", "a number above min") { $0 > low }
      distribution = .uniform(low: low, high: high)
    }
    let decimals = try fields.number("decimals").map { value in
      guard value == value.rounded(), (0...6).contains(value) else {
        throw SynthesisSpec.fault(
          fields.source, fields.name("decimals"), "must be a whole number from 0 to 6")
      }
      return Int(value)
    }
    try checkRange(of: distribution, decimals: decimals, fields)
    return ColumnModel(
      name: name, type: decimals == 0 ? .int : .double, nullRate: nulls,
      marginal: .distribution(distribution),
      decimals: decimals)
  }

  /// Throws when the values a distribution draws (from the 10⁻¹²-th to the (1 − 10⁻¹²)-th
  /// quantile, the draws' reach) overflow a double once scaled to `decimals`, or with 0 decimals
  /// a 64-bit integer.
  private static func checkRange(of distribution: Distribution, decimals: Int?, _ fields: SpecFields) throws {
    let reach = [distribution.value(u: 1e-12), distribution.value(u: 1 - 1e-12)]
    let limit =
      decimals == 0 ? 0x1p63 : Double.greatestFiniteMagnitude / ColumnModel.powersOfTen[decimals ?? 0]
    guard let beyond = reach.first(where: { !($0.magnitude < limit) }) else { return }
    let bound = decimals == 0 ? "a 64-bit integer (decimals 0)" : "a double"
    throw SynthesisSpec.fault(
      fields.source, fields.name("distribution"),
      "its values reach \(beyond), beyond what \(bound) holds; declare smaller parameters")
  }

  /// A categorical column: `values` (texts) drawn with `weights` (positive; equal when absent).
  private static func categorical(_ fields: SpecFields, name: String, nulls: Double) throws -> ColumnModel {
    guard let values = fields.object["values"] as? [String], !values.isEmpty else {
      throw SynthesisSpec.fault(fields.source, fields.name("values"), "must be a non-empty array of strings")
    }
    var firstIndex: [String: Int] = [:]
    for (index, value) in values.enumerated() {
      if let first = firstIndex.updateValue(index, forKey: value) {
        throw SynthesisSpec.fault(
          fields.source, fields.name("values[\(index)]"),
          "\"\(SafeText.visible(value))\" is listed twice (also values[\(first)]); give each value once, its share in weights"
        )
      }
    }
    var weights = [Double](repeating: 1, count: values.count)
    if let declared = fields.object["weights"] {
      guard let numbers = declared as? [Any], numbers.count == values.count else {
        throw SynthesisSpec.fault(
          fields.source, fields.name("weights"),
          "must be an array of \(NumberFormatting.counted(values.count, "number")), one per value")
      }
      weights = try numbers.enumerated().map { index, entry in
        guard let weight = (entry as? NSNumber)?.doubleValue, weight.isFinite, weight >= 0 else {
          throw SynthesisSpec.fault(
            fields.source, fields.name("weights[\(index)]"), "must be a number, 0 or more")
        }
        return weight
      }
      guard weights.contains(where: { $0 > 0 }) else {
        throw SynthesisSpec.fault(fields.source, fields.name("weights"), "must not all be 0")
      }
    }
    let marginal = CategoryMarginal(values: values.map { .string($0) }, weights: weights)
    return ColumnModel(name: name, type: .string, nullRate: nulls, marginal: .categories(marginal))
  }

  /// A date field written YYYY-MM-DD, as days since 1970-01-01.
  private static func day(_ fields: SpecFields, _ key: String) throws -> Int32 {
    let parts = (try fields.text(key) ?? "").split(separator: "-", omittingEmptySubsequences: false).map {
      Int($0)
    }
    guard parts.count == 3, let year = parts[0], let month = parts[1], let day = parts[2],
      CivilDate(year: year, month: month, day: day).isValid
    else { throw SynthesisSpec.fault(fields.source, fields.name(key), "must be a date written YYYY-MM-DD") }
    return CivilDate(year: year, month: month, day: day).daysSinceEpoch
  }
}
