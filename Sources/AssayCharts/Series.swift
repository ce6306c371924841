import AssayAnalysis

/// Named x and y values drawn in one colour.
public struct Series: Sendable, Equatable {
  /// The legend's name for it.
  public var name: String
  /// X values.
  public var xs: [Double]
  /// Y values, one per x.
  public var ys: [Double]

  /// A series.
  public init(name: String, xs: [Double], ys: [Double]) {
    self.name = name
    self.xs = xs
    self.ys = ys
  }

  /// The pairs as one series, or one per category (in category order, empty ones kept so colours
  /// follow categories) when they are grouped.
  public static func split(_ pairs: NumericPairs, name: String, groupNames: [String]) -> [Series] {
    guard !pairs.groups.isEmpty, !groupNames.isEmpty else {
      return [Series(name: name, xs: pairs.xs, ys: pairs.ys)]
    }
    var xs = [[Double]](repeating: [], count: groupNames.count), ys = xs
    for (i, g) in pairs.groups.enumerated() where Int(g) < groupNames.count {
      xs[Int(g)].append(pairs.xs[i])
      ys[Int(g)].append(pairs.ys[i])
    }
    return groupNames.indices.map { Series(name: groupNames[$0], xs: xs[$0], ys: ys[$0]) }
  }

  /// The same points ordered by x (ties keep their order), as a line joins them.
  public var sortedByX: Series {
    let order = xs.indices.sorted { xs[$0] < xs[$1] || (xs[$0] == xs[$1] && $0 < $1) }
    return Series(name: name, xs: order.map { xs[$0] }, ys: order.map { ys[$0] })
  }

  /// The smallest range holding every finite value of `values` across series; nil when none.
  static func range(_ series: [Series], _ values: KeyPath<Series, [Double]>) -> ClosedRange<Double>? {
    var low = Double.infinity, high = -Double.infinity
    for s in series {
      s[keyPath: values].withUnsafeBufferPointer { b in
        for v in b where v.isFinite {
          low = min(low, v)
          high = max(high, v)
        }
      }
    }
    return low <= high ? low...high : nil
  }
}
