import AssayAnalysis
import AssayCore

/// `--top-code C=q`: the values of a numeric column above its q-quantile (numpy's linear
/// quantile of the non-null values) are set to it; an integer column's ceiling is the quantile
/// rounded down, so the column stays integers.
enum TopCoding {
  /// The ceiling of a column at quantile `q`; nil for a column without numbers.
  static func ceiling(_ column: Column, quantile q: Double) -> Double? {
    var values: [Double] = []
    column.forEachDouble { if !$0.isNaN { values.append($0) } }
    guard !values.isEmpty else { return nil }
    values.sort()
    let position = LinearQuantile(q, count: values.count)
    let ceiling = position.value(below: values[position.lowerRank], above: values[position.upperRank])
    return column.type == .int ? ceiling.rounded(.down) : ceiling
  }

  /// A value capped at `ceiling`.
  static func capped(_ value: Value, at ceiling: Double) -> Value {
    switch value {
    case .int(let x) where Double(x) > ceiling: return .int(Int64(ceiling))
    case .double(let x) where x > ceiling: return .double(ceiling)
    default: return value
    }
  }
}
