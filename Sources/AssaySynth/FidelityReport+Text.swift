import AssayCore
import Foundation

extension FidelityReport {
  /// The report as aligned text for a terminal or a file; cell texts are shown safely
  /// (`SafeText.visible`).
  public var text: String {
    var lines = [
      "Synthetic \(NumberFormatting.counted(syntheticRows, "row")) against \(NumberFormatting.counted(realRows, "real row"))",
      "",
    ]
    let rows =
      [["column", "kind", "real", "synthetic", "distance"]]
      + columns.map { column in
        [
          SafeText.visible(column.name), column.kind.rawValue, Self.describe(column.real, column.kind),
          Self.describe(column.synthetic, column.kind),
          column.distance.map { "\(column.distanceName!) \(NumberFormatting.decimals($0, 4))" }
            ?? "not learned: " + (column.generatedBecause ?? "generated"),
        ]
      }
    lines += Self.aligned(rows)
    lines += [""] + correlationLines + [""]
    if !valueDistances.isEmpty {
      lines.append("Each category value's numbers (mean KS over the rows holding each value, each number):")
      lines += Self.aligned(
        valueDistances.map {
          [
            "  " + SafeText.visible($0.column), NumberFormatting.counted($0.values, "value"),
            NumberFormatting.decimals($0.meanDistance, 4),
          ]
        }, rightFrom: 1)
      lines.append("")
    }
    lines.append(
      "Exact copies of real rows: \(NumberFormatting.grouped(exactCopies)) of \(NumberFormatting.counted(syntheticRows, "synthetic row"))"
    )
    if let closest = closestRecord {
      lines.append(
        "Distance to closest record (median): synthetic to real \(NumberFormatting.decimals(closest.syntheticMedian, 4)), real to other real \(NumberFormatting.decimals(closest.realMedian, 4))"
      )
      lines.append(
        "  \(NumberFormatting.grouped(closest.syntheticRows)) synthetic and \(NumberFormatting.counted(closest.realRows, "real row")) sampled, searched among \(NumberFormatting.counted(closest.referenceRows, "real row")); numbers standardised, categories 0 or 1"
      )
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The two rank correlation matrices side by side, under a line naming their largest difference.
  private var correlationLines: [String] {
    guard let largest = largestCorrelationDifference else {
      return ["Rank correlations: fewer than two columns to correlate"]
    }
    let names = correlationColumns.map(SafeText.visible)
    let n = names.count
    let lines = [
      "Rank correlations, real | synthetic (largest difference \(NumberFormatting.decimals(largest.difference, 4)): \(SafeText.visible(largest.first)) and \(SafeText.visible(largest.second)))"
    ]
    let numbers = names.indices.map { "\($0 + 1)" }
    var rows = [[""] + numbers + ["|"] + numbers]
    for i in 0..<n {
      let real = (0..<n).map { Self.fixed(realCorrelations[i * n + $0]) }
      let synthetic = (0..<n).map { Self.fixed(syntheticCorrelations[i * n + $0]) }
      rows.append(["\(i + 1) \(names[i])"] + real + ["|"] + synthetic)
    }
    return lines + Self.aligned(rows, rightFrom: 1)
  }

  /// A correlation with two decimals and its sign's place kept.
  private static func fixed(_ value: Double) -> String {
    let text = String(format: "%.2f", value)
    return text == "-0.00" ? "0.00" : text
  }

  /// One side of a column in a few words.
  private static func describe(_ side: Side, _ kind: Kind) -> String {
    var parts: [String] = []
    switch kind {
    case .number, .time:
      if let minimum = side.minimum, let maximum = side.maximum { parts.append("\(minimum) to \(maximum)") }
      if kind == .number, let mean = side.mean {
        parts.append("mean \(NumberFormatting.significant(mean, digits: 4))")
      }
      if kind == .number, let sd = side.sd {
        parts.append("sd \(NumberFormatting.significant(sd, digits: 4))")
      }
    case .category:
      parts.append(NumberFormatting.counted(side.distinct ?? 0, "value"))
      if let top = side.top, let share = side.topShare {
        parts.append("top \(SafeText.visible(top)) \(NumberFormatting.decimals(share * 100, 1))%")
      }
    case .generated:
      if let length = side.meanLength { parts.append("mean length \(NumberFormatting.decimals(length, 1))") }
    }
    parts.append("null \(NumberFormatting.decimals(side.nullShare * 100, 1))%")
    return parts.joined(separator: ", ")
  }

  /// Rows of cells padded into columns two spaces apart, left-aligned (right-aligned from
  /// column `rightFrom` on); trailing spaces trimmed.
  private static func aligned(_ rows: [[String]], rightFrom: Int = Int.max) -> [String] {
    let widths = (0..<(rows.map(\.count).max() ?? 0)).map { c in
      rows.map { c < $0.count ? $0[c].count : 0 }.max() ?? 0
    }
    return rows.map { row in
      var line = ""
      for (c, cell) in row.enumerated() {
        let padding = String(repeating: " ", count: widths[c] - cell.count)
        line += (c > 0 ? "  " : "") + (c >= rightFrom ? padding + cell : cell + padding)
      }
      while line.hasSuffix(" ") { line.removeLast() }
      return line
    }
  }
}
