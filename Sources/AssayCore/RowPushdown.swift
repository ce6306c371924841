/// Which rows of its source a sheet holds when the source is too large to hold whole: the
/// source's rows from `firstRow` on (0-based), as many as the sheet has.
public struct RowWindow: Sendable, Equatable {
  /// The source's row (0-based) that is the sheet's first row.
  public var firstRow: Int
  /// True when the source has rows after the ones held.
  public var moreFollow: Bool
  /// Rows a window of the source holds at most; nil when a load holds every row.
  public var capacity: Int?

  /// A window starting at `firstRow`, of at most `capacity` rows.
  public init(firstRow: Int, moreFollow: Bool, capacity: Int? = nil) {
    self.firstRow = firstRow
    self.moreFollow = moreFollow
    self.capacity = capacity
  }

  /// True when the sheet holds every row of its source.
  public var isWhole: Bool { firstRow == 0 && !moreFollow }
}

/// A source whose engine orders, filters and pages its rows (a database). A load of it holds a
/// bounded window of rows; a sheet that holds only part of the source asks the source for other
/// windows, or for its rows sorted or filtered, rather than working on the rows it holds.
public protocol RowPushdown: TableSource {
  /// The same source as a sheet on screen holds it: a load holds a bounded window of its rows,
  /// at most `capacity` rows when given (else as many as the source judges).
  func browsing(capacity: Int?) -> any RowPushdown
  /// The same rows from the `firstRow`-th on (0-based), at most `limit` of them when given.
  func window(from firstRow: Int, limit: Int?) -> any RowPushdown
  /// The rows ordered by `keys` (indices into `columns`, the sheet's columns, which are read),
  /// most significant first: nulls last in either direction, texts by code point, as Assay sorts.
  func sorted(by keys: [SortKey], columns: [Column]) -> any RowPushdown
  /// The rows where `expression` holds, read with `columns` (the sheet's columns, whose indices the
  /// expression uses), named `text` for people.
  /// - Throws: `AssayError` when a comparison has no form in the engine's SQL.
  func filtered(by expression: FilterExpression, columns: [Column], text: String) throws -> any RowPushdown
}
