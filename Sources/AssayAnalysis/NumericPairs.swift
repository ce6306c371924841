import AssayCore

/// The rows of two numeric columns where both hold a number, optionally with each row's
/// category, for scatter and line charts; rows missing either number are counted, not kept.
public struct NumericPairs: Sendable {
  /// X values, one per kept row.
  public private(set) var xs: [Double]
  /// Y values, one per kept row.
  public private(set) var ys: [Double]
  /// Each kept row's category code (empty when the pairs are not grouped).
  public private(set) var groups: [Int32]
  /// Rows left out, by reason.
  public let skipped: SkippedRows
  /// Rows kept before sampling; equals `xs.count` unless the pairs are a sample.
  public private(set) var population: Int

  /// The rows of `x` and `y` (and `groups`, when given; null categories are skipped as nulls).
  public init(x: NumericValues, y: NumericValues, groups: CategoryCodes? = nil) {
    var xs = [Double](), ys = [Double](), kept = [Int32]()
    let rows = min(x.values.count, y.values.count)
    xs.reserveCapacity(rows)
    ys.reserveCapacity(rows)
    var nulls = 0, nonNumeric = 0
    x.values.withUnsafeBufferPointer { xb in
      y.values.withUnsafeBufferPointer { yb in
        for i in 0..<rows {
          let a = xb[i], b = yb[i]
          if a.isNaN || b.isNaN {
            if NumericValues.isNonNumeric(a) || NumericValues.isNonNumeric(b) {
              nonNumeric &+= 1
            } else {
              nulls &+= 1
            }
            continue
          }
          if let groups {
            let code = groups.codes[i]
            if code < 0 {
              nulls &+= 1
              continue
            }
            kept.append(code)
          }
          xs.append(a)
          ys.append(b)
        }
      }
    }
    self.xs = xs
    self.ys = ys
    self.groups = kept
    skipped = SkippedRows(nulls: nulls, nonNumeric: nonNumeric)
    population = xs.count
  }

  /// Number of kept rows.
  public var count: Int { xs.count }

  /// True when only a sample of the kept rows is held.
  public var isSample: Bool { population > xs.count }

  /// A uniform random sample of at most `size` rows, in their original order (Algorithm R with
  /// a seeded generator, so the same seed picks the same rows).
  public func sampled(_ size: Int, seed: UInt64 = 1) -> NumericPairs {
    guard size >= 0, size < xs.count else { return self }
    var random = SeededRandom(seed: seed)
    var chosen = Array(0..<size)
    for i in size..<xs.count {
      let j = Int(random.next() % UInt64(i + 1))
      if j < size { chosen[j] = i }
    }
    chosen.sort()
    var sample = self
    sample.xs = chosen.map { xs[$0] }
    sample.ys = chosen.map { ys[$0] }
    sample.groups = groups.isEmpty ? [] : chosen.map { groups[$0] }
    return sample
  }
}
