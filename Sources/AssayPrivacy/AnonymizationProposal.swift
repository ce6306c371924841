import AssayCore
import Foundation

/// What `assay anonymize --auto` does: for each column `PiiDetector` finds personal data in, the
/// action its kind calls for on its type (`PiiFinding.proposedAction`).
public struct AnonymizationProposal: Sendable {
  /// The findings the proposal is made from.
  public let findings: [PiiFinding]

  /// A proposal from findings.
  public init(_ findings: [PiiFinding]) { self.findings = findings }

  /// The proposed steps, in column order.
  public var steps: [ColumnStep] {
    findings.compactMap { finding in
      finding.proposedAction.map { ColumnStep(column: finding.column, action: $0) }
    }
  }

  /// The proposal for people: a line per column with its kind, share and option, and how to apply it.
  public func text(source: String) -> String {
    let rows = findings.compactMap { finding -> [String]? in
      guard let kind = finding.kind, let action = finding.proposedAction else { return nil }
      let percent = NumberFormatting.decimals(finding.share * 100, 1) + "%"
      return [finding.column, kind.rawValue, percent, action.option(for: finding.column)]
    }
    guard !rows.isEmpty else { return "no personal data found in \(source): nothing to propose\n" }
    let widths = (0..<3).map { i in rows.map { $0[i].count }.max() ?? 0 }
    var lines = ["personal data in \(source), and the action proposed for each column:"]
    for row in rows {
      let padded = (0..<3).map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
      lines.append("  " + (padded + [row[3]]).joined(separator: "  "))
    }
    lines.append("apply it with --auto (and -o OUT); options given with it override it column by column")
    return lines.joined(separator: "\n") + "\n"
  }
}
