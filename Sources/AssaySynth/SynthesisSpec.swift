import AssayAnalysis
import AssayCore
import Foundation

/// A model declared in JSON rather than learned: columns from named distributions (normal,
/// lognormal, uniform, poisson, categorical, date, sequence) joined by declared rank correlations
/// through a Gaussian copula. The format is described in README.md ("Synthetic data").
public enum SynthesisSpec {
  /// The model a spec declares; `source` names the spec in errors, which name the field at fault:
  /// `spec.json: columns[2].weights: …`.
  public static func model(json data: Data, source: String) throws -> SynthesisModel {
    let top: [String: Any]
    do {
      guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
        throw fault(source, nil, "must be a JSON object with \"columns\"")
      }
      top = object
    } catch let error as AssayError {
      throw error
    } catch {
      throw fault(source, position(of: error, in: data), "not valid JSON")
    }
    let fields = SpecFields(source: source, path: "", object: top)
    try fields.allowOnly(["name", "columns", "correlations"])
    let name = try fields.text("name") ?? "synthetic"
    guard let declared = top["columns"] as? [Any], !declared.isEmpty else {
      throw fault(source, "columns", "must be a non-empty array of column objects")
    }
    var columns: [ColumnModel] = []
    for (index, entry) in declared.enumerated() {
      let path = "columns[\(index)]"
      guard let object = entry as? [String: Any] else { throw fault(source, path, "must be an object") }
      let column = try SpecColumn.model(SpecFields(source: source, path: path, object: object))
      if columns.contains(where: { $0.name == column.name }) {
        throw fault(source, path + ".name", "\"\(SafeText.visible(column.name))\" is declared twice")
      }
      columns.append(column)
    }
    let correlation = try correlations(top["correlations"], columns: columns, source: source)
    return SynthesisModel(
      name: name, columns: columns, correlation: correlation, trainingRows: 0, realRows: [])
  }

  /// The copula of the declared rank correlations among the correlated columns.
  private static func correlations(_ declared: Any?, columns: [ColumnModel], source: String) throws
    -> CopulaCorrelation
  {
    let learned = columns.filter(\.isLearned).map(\.name)
    let n = learned.count
    var spearman = [Double](repeating: 0, count: n * n)
    for i in 0..<n { spearman[i * n + i] = 1 }
    guard let declared else { return CopulaCorrelation(spearman: spearman, size: n) }
    guard let entries = declared as? [Any] else {
      throw fault(source, "correlations", "must be an array of {\"columns\": [a, b], \"rank\": r}")
    }
    var declaredAt: [[Int]: Int] = [:]
    for (index, entry) in entries.enumerated() {
      let path = "correlations[\(index)]"
      guard let object = entry as? [String: Any] else { throw fault(source, path, "must be an object") }
      let fields = SpecFields(source: source, path: path, object: object)
      try fields.allowOnly(["columns", "rank"])
      guard let pair = object["columns"] as? [String], pair.count == 2, pair[0] != pair[1] else {
        throw fault(source, path + ".columns", "must name two different columns")
      }
      let positions = try pair.map { name in
        guard let position = learned.firstIndex(of: name) else {
          throw fault(
            source, path + ".columns",
            "\"\(SafeText.visible(name))\" is not a column with a distribution (sequences take no correlation)"
          )
        }
        return position
      }
      if let first = declaredAt.updateValue(index, forKey: positions.sorted()) {
        throw fault(
          source, path + ".columns",
          "the pair \(pair.map(SafeText.visible).joined(separator: ", ")) is declared twice (also in correlations[\(first)])"
        )
      }
      guard let rank = try fields.number("rank"), (-1...1).contains(rank) else {
        throw fault(source, path + ".rank", "must be a number from -1 to 1")
      }
      spearman[positions[0] * n + positions[1]] = rank
      spearman[positions[1] * n + positions[0]] = rank
    }
    let gaussian = spearman.map { 2 * sin(Double.pi * $0 / 6) }
    guard n < 2 || (SymmetricEigen(symmetric: gaussian, size: n).values.last ?? 1) > 1e-9 else {
      throw fault(
        source, "correlations",
        "these correlations cannot hold together (their matrix is not positive definite)")
    }
    return CopulaCorrelation(spearman: spearman, size: n)
  }

  /// Where JSONSerialization's error says the JSON went wrong, as `line 2, column 7` (columns in
  /// characters); the end of the data when it ended early; nil when the error does not say.
  static func position(of error: Error, in data: Data) -> String? {
    let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? ""
    if let match = detail.firstMatch(of: /line (\d+), column (\d+)/) {
      return "line \(match.1), column \(match.2)"
    }
    let offset: Int
    if let match = detail.firstMatch(of: /character (\d+)/), let character = Int(match.1) {
      offset = min(character, data.count)
    } else if detail.contains("end of file") {
      offset = data.count
    } else {
      return nil
    }
    let lines = data.prefix(offset).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    let column = lines.last.map { String(decoding: $0, as: UTF8.self).count } ?? 0
    return "line \(lines.count), column \(column + 1)"
  }

  /// A spec error: `source: field: problem` (`source: problem` for the whole spec), with a hint.
  static func fault(_ source: String, _ field: String?, _ problem: String) -> AssayError {
    AssayError(
      message: "\(source): " + (field.map { "\($0): " } ?? "") + problem,
      hint: "fix the spec (see README, Synthetic data)")
  }
}

/// One JSON object of a spec, read field by field with errors naming the field.
struct SpecFields {
  let source: String
  let path: String
  let object: [String: Any]

  /// A field's full name for errors.
  func name(_ key: String) -> String { path.isEmpty ? key : path + "." + key }

  /// Refuses any key not in `allowed`.
  func allowOnly(_ allowed: [String]) throws {
    for key in object.keys.sorted() where !allowed.contains(key) {
      throw SynthesisSpec.fault(
        source, name(SafeText.visible(key)),
        "unknown field; expected one of \(allowed.joined(separator: ", "))")
    }
  }

  /// A text field, nil when absent.
  func text(_ key: String) throws -> String? {
    guard let value = object[key] else { return nil }
    guard let text = value as? String else {
      throw SynthesisSpec.fault(source, name(key), "must be a string")
    }
    return text
  }

  /// A number field, nil when absent.
  func number(_ key: String) throws -> Double? {
    guard let value = object[key] else { return nil }
    guard let number = value as? NSNumber, number.doubleValue.isFinite else {
      throw SynthesisSpec.fault(source, name(key), "must be a number")
    }
    return number.doubleValue
  }

  /// A number field that must be present and satisfy `valid`, described as `expected`.
  func required(_ key: String, _ expected: String, _ valid: (Double) -> Bool = { _ in true }) throws -> Double
  {
    guard let value = try number(key), valid(value) else {
      throw SynthesisSpec.fault(source, name(key), "must be \(expected)")
    }
    return value
  }
}
