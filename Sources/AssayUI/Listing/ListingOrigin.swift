import AssayCore

/// The origin of a listing sheet: Enter on an entry's row opens it as a sheet above the listing —
/// a table loading with progress, or a nested collection's listing. Filters of a listing keep it.
struct ListingOrigin: SheetOrigin {
  /// The collection listed.
  let collection: any CollectionSource
  /// The entries listed so far, by name.
  let book: EntryBook

  var name: String { "listing of \(collection.displayName)" }

  var carriesToRowSubsets: Bool { true }

  func openRow(in state: inout AppState) -> [Effect] {
    let sheet = state.sheet
    guard let nameColumn = sheet.storedTable.columns.firstIndex(where: { $0.name == Listing.nameColumn }),
      case .string(let name) = sheet.value(row: sheet.cursorRow, column: nameColumn),
      let entry = book.entry(named: name)
    else {
      state.refuse("no entry on this row")
      return []
    }
    do {
      let (opened, source) = try Listing.sheet(opening: entry, of: collection, windowed: state.holdsWindows)
      // The listing may still be arriving: it stops where it is, as Ctrl-C would stop it.
      if state.load.phase == .loading { state.load.phase = .stopped }
      state.push(opened)
      return [.startLoad(LoadRequest(source: source, sheet: state.sheets.count - 1))]
    } catch {
      state.refuse(String(describing: error))
      return []
    }
  }
}
