import AssayAnalysis
import AssayCore

/// Sheets for what a locator or an entry opens: a table's sheet fills as its rows load; a
/// collection's sheet is its listing, whose rows Enter opens.
public enum Listing {
  /// The listing column whose text names an entry.
  static let nameColumn = "name"

  /// The data sheet for what a locator opened, empty until its load (also returned) fills it.
  public static func firstSheet(for opened: OpenedSource, windowed: Bool = true) -> (Sheet, LoadRequest) {
    let (sheet, source) = sheet(for: opened, title: title(of: opened.displayName), windowed: windowed)
    return (sheet, LoadRequest(source: source, sheet: 0))
  }

  /// The sheet for `entry` of `collection`, empty until the returned source loads into it.
  /// - Throws: `AssayError` when the entry cannot be opened (a FIFO, a file no loader reads).
  static func sheet(opening entry: CollectionEntry, of collection: any CollectionSource, windowed: Bool)
    throws
    -> (Sheet, any TableSource)
  {
    sheet(for: try collection.open(entry, options: SourceOptions()), title: entry.name, windowed: windowed)
  }

  /// An empty sheet titled `title` for what was opened, and the source that fills it. A source
  /// that pages itself (a database table) loads a bounded window of its rows when `windowed`.
  static func sheet(for opened: OpenedSource, title: String, windowed: Bool) -> (Sheet, any TableSource) {
    switch opened {
    case .table(let opened):
      let source = windowed ? (opened as? any RowPushdown)?.browsing(capacity: nil) ?? opened : opened
      var sheet = Sheet(title: title, table: Table(name: source.displayName, columns: []))
      sheet.aggregates = source as? any Aggregating
      return (sheet, source)
    case .collection(let collection):
      let source = ListingSource(collection: collection, book: EntryBook())
      var sheet = Sheet(title: title, table: Table(name: collection.displayName, columns: []))
      sheet.origin = ListingOrigin(collection: collection, book: source.book)
      return (sheet, source)
    }
  }

  /// A locator as a breadcrumb title: without the slash a folder's name may end with.
  private static func title(of name: String) -> String {
    var title = Substring(name)
    while title.count > 1, title.hasSuffix("/") { title = title.dropLast() }
    return String(title)
  }
}
