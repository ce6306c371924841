import AssayCore

/// What `assay pii` found in one column: its kind of personal data, if most of its cells are one,
/// and how many of its cells match that kind (or the kind matched most, when none is the column's).
public struct PiiFinding: Sendable, Equatable {
  /// The column's name.
  public var column: String
  /// The column's type.
  public var type: ColumnType
  /// The column's kind: the kind most of its non-null cells are, nil when none is.
  public var kind: PiiKind?
  /// Non-null cells that match `kind` (or the best-matching kind when `kind` is nil).
  public var matches: Int
  /// Non-null cells.
  public var cells: Int

  /// Matching cells over non-null cells (0 for a column of nulls).
  public var share: Double { cells == 0 ? 0 : Double(matches) / Double(cells) }

  /// The action `anonymize --auto` proposes for the column: its kind's, as its type can take it.
  public var proposedAction: ColumnAction? { kind?.proposedAction(for: type) }
}

/// Finds the personal data in a table's columns: each cell is checked against every kind that
/// applies to its column (the written kinds for text, card and BSN numbers for integers, the kinds
/// a column's name announces), and a column is of the kind that the most cells match when at
/// least `PiiDetector.threshold` of its non-null cells do.
public enum PiiDetector {
  /// The share of a column's non-null cells that must match a kind for the column to be of it.
  public static let threshold = 0.5

  /// The findings, one per column, in column order (columns checked on all cores at once).
  public static func findings(in table: Table) -> [PiiFinding] {
    concurrentResults(count: table.columns.count) { finding(for: table.columns[$0]) }
  }

  /// The finding for one column.
  public static func finding(for column: Column) -> PiiFinding {
    let cells = column.count - column.nullCount
    let candidates = kinds(for: column)
    var counts = [Int](repeating: 0, count: candidates.count)
    if column.type == .date || column.type == .timestamp {
      if candidates.contains(.birthDate) { counts[0] = plausibleBirthDates(column) }
    } else if !candidates.isEmpty {
      CellTexts.forEach(in: column) { bytes, rows in
        for (i, kind) in candidates.enumerated() where kind.matches(bytes) { counts[i] += rows }
      }
    }
    let best = counts.indices.max { counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 > $1) }
    let matches = best.map { counts[$0] } ?? 0
    var finding = PiiFinding(
      column: column.name, type: column.type, kind: nil, matches: matches, cells: cells)
    if let best, matches > 0, finding.share >= threshold { finding.kind = candidates[best] }
    return finding
  }

  /// The kinds a column's cells are checked for, in order of preference: those its name announces
  /// first, then the written kinds its type can hold.
  static func kinds(for column: Column) -> [PiiKind] {
    let birth = NameRules.isBirthDateColumn(column.name)
    switch column.type {
    case .date, .timestamp: return birth ? [.birthDate] : []
    case .int: return [.card, .bsn]
    case .string:
      let person = NameRules.isPersonNameColumn(column.name)
      return (birth ? [.birthDate] : []) + (person ? [.personName] : []) + PiiKind.written
    default: return []
    }
  }

  /// The cells of a date or timestamp column that are plausible dates of birth.
  private static func plausibleBirthDates(_ column: Column) -> Int {
    var count = 0
    for chunk in column.chunks {
      for row in 0..<chunk.count where !chunk.isNull(row) {
        switch chunk.values {
        case .date(let days): if NameRules.isPlausibleBirth(day: days[row]) { count += 1 }
        case .timestamp(let micros, _):
          let time = micros[row]
          let day = Int32(clamping: time / 86_400_000_000 - (time % 86_400_000_000 < 0 ? 1 : 0))
          if NameRules.isPlausibleBirth(day: day) { count += 1 }
        default: break
        }
      }
    }
    return count
  }
}
