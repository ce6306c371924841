import AssayCore

/// Applies an `AnonymizationRequest` to a table: each column's action, then the k-anonymity
/// figures of the result and the suppression of rows in classes smaller than k.
public enum Anonymizer {
  /// The anonymized table and the report of what was done; an `AssayError` for a request that
  /// does not fit the table (a missing column, an action its type cannot take).
  public static func apply(_ request: AnonymizationRequest, to table: Table) throws -> (
    table: Table, report: AnonymizationReport
  ) {
    try AnonymizationChecks.validate(request, for: table)
    var report = AnonymizationReport(
      source: table.name, rowsIn: table.rowCount, columnsIn: table.columns.count)
    report.maxShiftDays = request.maxShiftDays
    report.keyColumn = request.keyColumn
    let shifts = try dateShifts(request, table: table)
    var columns: [Column] = []
    for column in table.columns {
      guard let step = request.steps.first(where: { $0.column == column.name }) else {
        columns.append(column)
        continue
      }
      report.steps.append(AnonymizationReport.Step(column: column.name, action: step.action))
      guard step.action != .drop else { continue }
      let (transformed, detail) = try transform(column, step.action, key: request.key, shifts: shifts)
      report.steps[report.steps.count - 1].detail = detail
      columns.append(transformed)
    }
    var result = Table(name: table.name, columns: columns)
    if !request.quasi.isEmpty {
      let quasi = request.quasi.compactMap(result.column(named:))
      let sensitive = request.sensitive.flatMap(result.column(named:))
      let classes = EquivalenceClasses(result, quasi: quasi, sensitive: sensitive)
      report.privacy = .init(quasi: request.quasi, sensitive: request.sensitive, before: .init(classes))
      if let k = request.k {
        let kept = classes.rows(inClassesOfAtLeast: k)
        report.privacy?.suppression = .init(
          k: k, rows: result.rowCount - kept.count, classes: classes.classes(smallerThan: k))
        result = result.gathering(rows: kept)
        let after = EquivalenceClasses(
          result, quasi: request.quasi.compactMap(result.column(named:)),
          sensitive: request.sensitive.flatMap(result.column(named:)))
        report.privacy?.after = .init(after)
      }
    }
    report.rowsOut = result.rowCount
    report.columnsOut = result.columns.count
    return (result, report)
  }

  /// Each row's date shift in days when some column's dates are shifted, else nil.
  private static func dateShifts(_ request: AnonymizationRequest, table: Table) throws -> [Int64]? {
    guard request.steps.contains(where: { $0.action == .shiftDates }) else { return nil }
    var keyed: (column: Column, key: AnonymizationKey)?
    if let name = request.keyColumn, let column = table.column(named: name) {
      guard let key = request.key else { throw AnonymizationKey.missing }
      keyed = (column, key)
    }
    return DateShift(maxDays: request.maxShiftDays, keyed: keyed, seed: request.seed)
      .shifts(rowCount: table.rowCount)
  }

  /// A column after its action, with a detail for the report (the top-coding ceiling).
  private static func transform(
    _ column: Column, _ action: ColumnAction, key: AnonymizationKey?, shifts: [Int64]?
  ) throws -> (Column, String?) {
    func mapped(_ type: ColumnType, _ body: (Int, Value) -> Value) -> Column {
      let values = (0..<column.count).map { row -> Value in
        let value = column[row]
        return value.isNull ? .null : body(row, value)
      }
      return Column(name: column.name, type: type, values: values)
    }
    switch action {
    case .drop: return (column, nil)
    case .mask: return (mapped(.string) { .string(ShapeMask.mask(column.text(of: $1))) }, nil)
    case .hash:
      guard let key else { throw AnonymizationKey.missing }
      return (mapped(.string) { .string(KeyedHash.token(column.text(of: $1), key: key)) }, nil)
    case .generalizeBins(let width):
      return (mapped(.string) { Generalization.bin($1, width: width) }, nil)
    case .generalizeTime(let grain):
      return (mapped(.string) { Generalization.truncate($1, to: grain) }, nil)
    case .shiftDates:
      let shifts = shifts ?? []
      return (mapped(column.type) { DateShift.shifted($1, days: shifts[$0]) }, nil)
    case .topCode(let q):
      guard let ceiling = TopCoding.ceiling(column, quantile: q) else { return (column, nil) }
      return (mapped(column.type) { TopCoding.capped($1, at: ceiling) }, BinText.number(ceiling))
    }
  }
}
