import AssayAnalysis
import AssayCore

extension Histogram {
  /// A histogram chart's footer, longest first: rule and bins, layout notes, values counted, nulls
  /// skipped; shorter forms drop the value count, then shorten the rule, so a narrow chart still
  /// names both.
  func footerVariants(layout: [String]) -> [String] {
    let bins = counts.count
    let layout = [bins == 1 ? "1 bin" : "\(bins) bins"] + layout
    let nullText =
      nullsSkipped > 0
      ? " · \(NumberFormatting.grouped(nullsSkipped)) \(nullsSkipped == 1 ? "null" : "nulls") skipped" : ""
    let valuesText = " · \(NumberFormatting.grouped(total)) values"
    func described(_ ruleName: String?) -> String {
      ([ruleName].compactMap { $0 } + layout).joined(separator: ", ")
    }
    let ruleName: String?, shortName: String?
    switch rule {
    case .count: (ruleName, shortName) = (nil, nil)
    case .width: (ruleName, shortName) = (rule.name, rule.name)
    case .sturges: (ruleName, shortName) = ("Sturges", "Sturges")
    case .freedmanDiaconis: (ruleName, shortName) = ("Freedman–Diaconis", "F–D")
    }
    return [
      described(ruleName) + valuesText + nullText, described(ruleName) + nullText,
      described(shortName) + nullText,
    ]
  }
}
