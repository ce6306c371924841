/// What a source's metadata tells of its rows and columns before any row is read.
public struct SourceSchema: Sendable, Equatable {
  /// One column as the metadata gives it.
  public struct Entry: Sendable, Equatable {
    /// The column's name.
    public var name: String
    /// The type the column loads as.
    public var type: ColumnType
    /// Its nulls when the metadata counts them in every part of the source, else nil.
    public var nulls: Int?

    /// An entry from its parts.
    public init(name: String, type: ColumnType, nulls: Int?) {
      self.name = name
      self.type = type
      self.nulls = nulls
    }
  }

  /// Rows the source holds.
  public var rows: Int
  /// The columns a load would give, in order.
  public var columns: [Entry]

  /// A schema from its parts.
  public init(rows: Int, columns: [Entry]) {
    self.rows = rows
    self.columns = columns
  }
}

/// A table source whose metadata (a file footer's row counts and statistics) gives its row count and
/// its columns' types and nulls without reading a row.
public protocol SchemaAnswering: TableSource {
  /// The schema of the columns the source would load, over all its rows (no filter applied).
  func metadataSchema() -> SourceSchema
}
