import AssayCore
import Foundation

/// A workbook as a collection of its worksheets, listed as tables in tab order (hidden sheets only
/// with hidden entries asked for), each with the rows a load gives as its recorded extent
/// (`<dimension>`) and its first row tell them (`SheetExtent`), unknown where it records none.
/// Opening an entry gives the sheet.
public struct WorkbookSource: CollectionSource {
  /// The workbook.
  public let workbook: Workbook

  /// The sheets of `workbook`.
  public init(workbook: Workbook) { self.workbook = workbook }

  /// The workbook's name.
  public var displayName: String { workbook.name }

  /// Sheets in tab order, with the rows their recorded extents give.
  public var listingStyle: ListingStyle {
    ListingStyle(
      keepsOrder: true, table: "sheet", tables: "sheets", knownRows: "as the sheets record their extents",
      unknownRows: "a sheet that records no extent is counted only by loading it")
  }

  /// The sheets, in one page, read on a thread of their own.
  public func list(_ scope: ListScope) -> AsyncThrowingStream<[CollectionEntry], Error> {
    let source = self
    return AsyncThrowingStream { continuation in
      Thread.detachNewThread {
        do {
          continuation.yield(try source.entries(scope))
          continuation.finish()
        } catch {
          continuation.finish(throwing: error)
        }
      }
    }
  }

  /// The entries for `scope`, read on the calling thread.
  public func entries(_ scope: ListScope = ListScope()) throws -> [CollectionEntry] {
    let archive = try workbook.archive()
    return workbook.index.sheets.filter { scope.hidden || !$0.hidden }.map { sheet in
      CollectionEntry(
        name: sheet.name, locator: "\(workbook.path)?sheet=\(sheet.name)", kind: .table,
        rows: sheet.part.flatMap { SheetExtent.rows(of: $0, in: archive) },
        note: sheet.hidden ? "hidden" : nil)
    }
  }

  /// The sheet `entry` names, as a table.
  public func open(_ entry: CollectionEntry, options: SourceOptions) throws -> OpenedSource {
    .table(try workbook.sheet(named: entry.name, options: options))
  }

  /// The table a command that reads one table takes from the workbook: its only visible sheet. A
  /// workbook of several is an `AssayError` naming them and how to choose one, so that a summary
  /// never silently covers one sheet of many.
  public func soleSheet(options: SourceOptions) throws -> SheetSource {
    if let sheet = try onlySheet(options: options) { return sheet }
    let visible = workbook.index.sheets.filter { !$0.hidden }
    guard let first = visible.first else {
      throw AssayError(message: "\(workbook.name): a workbook without visible worksheets, so no table")
    }
    let names = visible.map { SafeText.visible($0.name) }.joined(separator: ", ")
    let option = Self.shellWord("sheet=" + first.name)
    throw AssayError(
      message: "\(workbook.name): a workbook of \(visible.count) sheets (\(names)), not one table",
      hint: "name one with -O \(option), or list them with assay ls \(Self.shellWord(workbook.name))")
  }

  /// The workbook's only visible sheet, as a table; nil when it has several, or none.
  public func onlySheet(options: SourceOptions) throws -> SheetSource? {
    let visible = workbook.index.sheets.filter { !$0.hidden }
    guard visible.count == 1, let sheet = visible.first else { return nil }
    return try workbook.sheet(named: sheet.name, options: options)
  }

  /// `word` as a shell reads it back: as it is when it is plain, else in single quotes.
  static func shellWord(_ word: String) -> String {
    let plain =
      !word.isEmpty
      && word.unicodeScalars.allSatisfy {
        $0.isASCII
          && ("a"..."z" ~= $0 || "A"..."Z" ~= $0 || "0"..."9" ~= $0 || "=._/-".unicodeScalars.contains($0))
      }
    return plain ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
