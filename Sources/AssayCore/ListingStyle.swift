/// How a collection's listing shows its entries: in name order or in the collection's own (a
/// workbook's tab order), and what its summary calls the entries that are tables and where their
/// rows come from.
public struct ListingStyle: Sendable, Equatable {
  /// True when the entries keep the order the collection lists them in; false sorts them by name.
  public let keepsOrder: Bool
  /// One table entry (`table or view`).
  public let table: String
  /// Several (`tables and views`).
  public let tables: String
  /// Where known rows come from, after the count (`as the catalog estimates them`).
  public let knownRows: String
  /// Why rows may be unknown (`the catalog gives none`).
  public let unknownRows: String

  /// A style.
  public init(keepsOrder: Bool, table: String, tables: String, knownRows: String, unknownRows: String) {
    self.keepsOrder = keepsOrder
    self.table = table
    self.tables = tables
    self.knownRows = knownRows
    self.unknownRows = unknownRows
  }

  /// A folder's, a store's or a database's: by name; tables and views with the catalog's rows.
  public static let catalog = ListingStyle(
    keepsOrder: false, table: "table or view", tables: "tables and views",
    knownRows: "as the catalog estimates them", unknownRows: "the catalog gives none")
}
