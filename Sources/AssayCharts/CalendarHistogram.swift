import AssayAnalysis
import AssayCore
import Foundation

/// Histograms of instants with bin edges on calendar boundaries: the bin rule proposes a count,
/// as it would for numbers, and the step of `CalendarStep.ladder` (days, weeks, months, quarters,
/// years ...) whose bins come nearest that count in ratio is taken.
public enum CalendarHistogram {
  /// Bins the values of a time axis (nulls skipped) by `rule`; edges are in the axis's unit.
  /// - Throws: `AssayError` when no row holds a value, or the rule's own errors.
  public static func compute(_ values: NumericValues, axis: TimeAxis, rule: BinRule) throws -> Histogram {
    let numeric = Column(
      name: values.name, type: .double, chunks: [ColumnChunk(values: .double(values.values), validity: nil)])
    let proposed = try Histogram.compute(numeric, rule: rule)
    guard let range = values.range else { return proposed }
    let low = axis.wall(axis.microseconds(range.lowerBound)),
      high = axis.wall(axis.microseconds(range.upperBound))
    let step = nearestStep(span: Double(high - low), bins: proposed.counts.count, finest: axis.finest)
    var edges = [step.floor(low)]
    while edges[edges.count - 1] <= high { edges.append(step.advance(edges[edges.count - 1])) }
    var counts = [Int](repeating: 0, count: edges.count - 1)
    for value in values.values where !value.isNaN {
      let wall = axis.wall(axis.microseconds(value))
      counts[edges.partitioningIndex { $0 > wall } - 1] += 1
    }
    let offset = Int64(axis.offsetSeconds) * 1_000_000
    return Histogram(
      edges: edges.map { axis.value($0 - offset) }, counts: counts, nullsSkipped: proposed.nullsSkipped,
      rule: proposed.rule, columnName: values.name)
  }

  /// The step no finer than `finest` whose bin count over `span` microseconds is nearest `bins` in
  /// ratio, the finer on a tie.
  static func nearestStep(span: Double, bins: Int, finest: CalendarStep) -> CalendarStep {
    let target = log(Double(max(1, bins)))
    let steps = CalendarStep.ladder.filter { $0 >= finest }
    return steps.min { a, b in
      abs(log(max(1, (span / a.approximateMicroseconds).rounded(.up))) - target)
        < abs(log(max(1, (span / b.approximateMicroseconds).rounded(.up))) - target)
    } ?? finest
  }
}
