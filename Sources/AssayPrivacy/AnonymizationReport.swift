import AssayCore
import Foundation

/// What `assay anonymize` did, for standard error (`text`) or as JSON (`json`).
public struct AnonymizationReport: Sendable {
  /// One column's action and what it came to.
  public struct Step: Sendable {
    /// The column.
    public var column: String
    /// The action.
    public var action: ColumnAction
    /// A figure the action computed: the top-coding ceiling.
    public var detail: String?
  }

  /// The k-anonymity and l-diversity of a table's classes.
  public struct Figures: Sendable {
    /// Number of classes.
    public var classes: Int
    /// The smallest class's size.
    public var k: Int
    /// The smallest number of distinct sensitive values in a class.
    public var l: Int?

    /// The figures of some classes.
    init(_ classes: EquivalenceClasses) {
      self.classes = classes.count
      k = classes.k
      l = classes.l
    }
  }

  /// The rows suppressed by `--k`.
  public struct Suppression: Sendable {
    /// The k asked for.
    public var k: Int
    /// Rows removed.
    public var rows: Int
    /// Classes removed.
    public var classes: Int
  }

  /// The k-anonymity part of a report.
  public struct Privacy: Sendable {
    /// The quasi-identifier columns.
    public var quasi: [String]
    /// The sensitive column.
    public var sensitive: String?
    /// The figures of the anonymized table before suppression.
    public var before: Figures
    /// What `--k` suppressed.
    public var suppression: Suppression?
    /// The figures after suppression.
    public var after: Figures?
  }

  /// The source's name.
  public var source: String
  /// Rows read.
  public var rowsIn: Int
  /// Columns read.
  public var columnsIn: Int
  /// Rows written.
  public var rowsOut = 0
  /// Columns written.
  public var columnsOut = 0
  /// The actions, in column order.
  public var steps: [Step] = []
  /// k-anonymity and suppression, when `--quasi` was given.
  public var privacy: Privacy?
  /// The largest date shift, in days.
  var maxShiftDays = 30
  /// The column keying date shifts.
  var keyColumn: String?

  /// A step's effect for people: `masked`, `hashed (HMAC-SHA256)`, `generalized to bins of 10`.
  func effect(_ step: Step) -> String {
    switch step.action {
    case .drop: return "dropped"
    case .mask: return "masked"
    case .hash: return "hashed (HMAC-SHA256)"
    case .generalizeBins(let width): return "generalized to bins of \(BinText.number(width))"
    case .generalizeTime(let grain): return "generalized to the \(grain.rawValue)"
    case .shiftDates:
      return "shifted by 1 to \(maxShiftDays) days, "
        + (keyColumn.map { "the same for each \($0)" } ?? "at random for each row")
    case .topCode(let q):
      return "top-coded at the \(BinText.number(q)) quantile" + (step.detail.map { ": \($0)" } ?? "")
    }
  }

  /// The warning when `--k` suppressed every row, so the table written is empty; nil otherwise.
  var warning: String? {
    guard let suppression = privacy?.suppression, suppression.rows > 0, suppression.rows == rowsIn else {
      return nil
    }
    let rows = rowsIn == 1 ? "the only row" : "all \(rowsIn) rows"
    return "--k \(suppression.k) suppressed \(rows), and the table written is empty"
      + " — lower --k, or generalize the --quasi columns further"
  }

  /// The report as lines of text.
  public var text: String {
    var lines = [
      "anonymized \(source): \(Self.counted(rowsIn, "row")), \(Self.counted(columnsIn, "column")) → "
        + "\(Self.counted(rowsOut, "row")), \(Self.counted(columnsOut, "column"))"
    ]
    let width = steps.map(\.column.count).max() ?? 0
    for step in steps {
      let name = step.column.padding(toLength: width, withPad: " ", startingAt: 0)
      lines.append("  \(name)  \(effect(step))")
    }
    if let privacy {
      func figures(_ f: Figures) -> String {
        "k-anonymity \(f.k) (\(Self.counted(f.classes, "class")))" + (f.l.map { ", l-diversity \($0)" } ?? "")
      }
      let sensitive = privacy.sensitive.map { ", sensitive \($0)" } ?? ""
      lines.append(
        "quasi-identifiers \(privacy.quasi.joined(separator: ", "))\(sensitive): \(figures(privacy.before))")
      if let suppression = privacy.suppression, let after = privacy.after {
        lines.append(
          "--k \(suppression.k): suppressed \(Self.counted(suppression.rows, "row")) in "
            + "\(Self.counted(suppression.classes, "class")) smaller than \(suppression.k); now \(figures(after))"
        )
      }
    }
    if let warning { lines.append("warning: " + warning) }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A count and its noun, singular for 1: `1 row`, `0 rows`, `2 classes`.
  static func counted(_ count: Int, _ noun: String) -> String {
    count == 1 ? "1 \(noun)" : "\(count) \(noun)\(noun.hasSuffix("s") ? "es" : "s")"
  }

  /// The report as one JSON object.
  public var json: String {
    func string(_ s: String) -> String { TableWriter.jsonString(s) }
    func figures(_ f: Figures) -> String {
      "{\"classes\":\(f.classes),\"k\":\(f.k),\"l\":\(f.l.map(String.init) ?? "null")}"
    }
    let steps = self.steps.map { step in
      "{\"column\":\(string(step.column)),\"option\":\(string(step.action.option(for: step.column))),"
        + "\"effect\":\(string(effect(step)))}"
    }
    var fields = [
      "\"source\":\(string(source))", "\"rows_in\":\(rowsIn)", "\"columns_in\":\(columnsIn)",
      "\"rows_out\":\(rowsOut)", "\"columns_out\":\(columnsOut)",
      "\"actions\":[\(steps.joined(separator: ","))]",
    ]
    if let privacy {
      fields.append("\"quasi\":[\(privacy.quasi.map(string).joined(separator: ","))]")
      fields.append("\"sensitive\":\(privacy.sensitive.map(string) ?? "null")")
      fields.append("\"before\":\(figures(privacy.before))")
      if let suppression = privacy.suppression, let after = privacy.after {
        fields.append(
          "\"suppressed\":{\"k\":\(suppression.k),\"rows\":\(suppression.rows),\"classes\":\(suppression.classes)}"
        )
        fields.append("\"after\":\(figures(after))")
      }
    }
    if let warning { fields.append("\"warning\":\(string(warning))") }
    return "{" + fields.joined(separator: ",") + "}\n"
  }
}
