/// A typed, columnar table: what every source produces and every analysis and view reads.
/// A value type whose columns share chunk storage, so snapshots taken while loading are cheap.
public struct Table: Sendable, Equatable {
  /// A name for people: the file name, table name or object key.
  public var name: String
  /// The columns, in source order; all have `rowCount` rows.
  public private(set) var columns: [Column]

  /// A table from columns of equal length.
  public init(name: String, columns: [Column]) {
    precondition(Set(columns.map(\.count)).count <= 1, "columns must have equal length")
    self.name = name
    self.columns = columns
  }

  /// Number of rows.
  public var rowCount: Int { columns.first?.count ?? 0 }

  /// The column names, in order.
  public var columnNames: [String] { columns.map(\.name) }

  /// The first column with this name.
  public func column(named name: String) -> Column? { columns.first { $0.name == name } }
}
