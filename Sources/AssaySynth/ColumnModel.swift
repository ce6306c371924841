import AssayCore
import Foundation

/// One column of a synthesis model: its type, null rate and how its values are drawn.
public struct ColumnModel: Sendable {
  /// The column's name.
  public let name: String
  /// The type of the values drawn, the real column's own.
  public let type: ColumnType
  /// The share of rows drawn null.
  public let nullRate: Double
  /// The step a time column's values keep; nil for other columns.
  public let granularity: TimeGranularity?
  /// How a timestamp column's values are shown (its wall clock); naive for other columns.
  let zone: TimeZoneForm
  /// The decimals a double column's values are rounded to, when every real value had at most six.
  let decimals: Int?
  /// How values are drawn.
  let marginal: Marginal
  /// The kind of personal data the real column holds (`PiiKind`'s name: `email`, `person-name`),
  /// generated in its shape rather than sampled; nil for other columns.
  let personalData: String?

  /// True when the column's values are learned and correlated through the copula; false for
  /// generated text, identifier sequences and columns without values.
  public var isLearned: Bool { marginal.isCorrelated }

  /// The copula dimensions the column takes: one per value of a spread category, one for another
  /// learned column, none for the rest.
  var dimensions: Int {
    switch marginal {
    case .categories(let categories): return categories.dimensions
    case .quantiles, .steps, .distribution: return 1
    case .shapedText, .shapedInteger, .sequence, .empty: return 0
    }
  }

  /// Why the column is generated rather than learned, for the report: `personal data (email)`,
  /// `near-unique text`, `identifiers`, `row numbers`; nil for a learned column.
  public var generationReason: String? {
    if let personalData { return "personal data (\(personalData))" }
    switch marginal {
    case .shapedText: return "near-unique text"
    case .shapedInteger: return "identifiers"
    case .sequence: return "row numbers"
    default: return nil
    }
  }

  /// About how many bytes a drawn cell takes in memory while its block is built and after: 16, and
  /// for generated text its templates' mean length too.
  var bytesPerCell: Int {
    guard case .shapedText(let shape) = marginal else { return 16 }
    return 16 + shape.meanLength
  }

  /// What the model keeps of the column, for people: `number`, `date (month)`, `category (3 values)`,
  /// `generated text (shape only)`, `identifier sequence`, `all null`.
  public var summary: String {
    switch marginal {
    case .quantiles, .steps, .distribution:
      if let granularity { return "\(type.rawValue) (\(granularity.name))" }
      guard type == .double, let decimals else { return "number" }
      return "number (\(decimals) decimals)"
    case .categories(let categories):
      return "category (\(NumberFormatting.counted(categories.values.count, "value")))"
    case .shapedText: return "generated text (shape only)"
    case .shapedInteger: return "generated identifiers (shape only)"
    case .sequence: return "identifier sequence"
    case .empty: return "all null"
    }
  }

  /// A column drawn from `marginal`.
  init(
    name: String, type: ColumnType, nullRate: Double, marginal: Marginal, granularity: TimeGranularity? = nil,
    zone: TimeZoneForm = .naive, decimals: Int? = nil, personalData: String? = nil
  ) {
    self.name = name
    self.type = type
    self.nullRate = nullRate
    self.marginal = marginal
    self.granularity = granularity
    self.zone = zone
    self.decimals = decimals
    self.personalData = personalData
  }

  /// The same column with its category's values spread over copula dimensions of their own, drawn
  /// within `condition` when given.
  func spread(given condition: CategoryCondition? = nil) -> ColumnModel {
    guard case .categories(let categories) = marginal else { return self }
    return ColumnModel(
      name: name, type: type, nullRate: nullRate, marginal: .categories(categories.spread(given: condition)),
      granularity: granularity, zone: zone, decimals: decimals, personalData: personalData)
  }

  /// The stored bits of a cell holding `units` (the column's units: days, months, steps, or the
  /// number itself): an Int64's or a Double's bit pattern.
  @inline(__always) func bits(ofUnits units: Double) -> UInt64 {
    switch type {
    case .double:
      guard let decimals else { return (units + 0.0).bitPattern }
      let scale = Self.powersOfTen[decimals]
      return ((units * scale).rounded() / scale + 0.0).bitPattern
    case .date:
      let whole = Int64(saturating: units.rounded())
      return UInt64(bitPattern: Int64((granularity ?? .day).date(ofUnits: whole)))
    case .timestamp:
      let wall = (granularity ?? .step(1)).micros(ofUnits: Int64(saturating: units.rounded()))
      return UInt64(bitPattern: wall &- zone.seconds &* 1_000_000)
    case .int, .duration, .bool, .string:
      return UInt64(bitPattern: Int64(saturating: units.rounded()))
    }
  }

  /// The cell hash of stored bits (as `RowHashes` hashes the same cell of a table).
  @inline(__always) func hash(ofBits bits: UInt64) -> UInt64 {
    type == .double ? RowHashes.double(Double(bitPattern: bits)) : RowHashes.integer(Int64(bitPattern: bits))
  }

  /// 10⁰ … 10⁶.
  static let powersOfTen: [Double] = [1, 10, 100, 1000, 10000, 100_000, 1_000_000]
}
