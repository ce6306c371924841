import AssayCore
import Foundation

/// Opens Excel workbooks (`.xlsx`): as a collection of their worksheets, or the one sheet the
/// `sheet` option names (`book.xlsx?sheet=Sales`, `-O sheet=Sales`) as a table.
public struct XLSXLoader: SourceLoader {
  /// A loader.
  public init() {}

  /// `.xlsx` names (a zip's signature says only "zip"); the `sheet` option.
  public var declaration: LoaderDescription {
    LoaderDescription(
      name: "Excel workbooks", extensions: [".xlsx"],
      options: [LoaderOption("sheet", help: "the worksheet to open, by name (default: list them)")])
  }

  /// The workbook's sheets, or the sheet the options name; an `AssayError` naming the file when it
  /// is missing, not a workbook, or damaged.
  public func open(_ request: SourceRequest) throws -> OpenedSource {
    let path = request.locator.path
    let name = request.locator.displayName
    var status = stat()
    guard stat(path, &status) == 0 else {
      throw AssayError(message: "\(name): no such file", hint: "check the path")
    }
    guard status.st_mode & S_IFMT == S_IFREG else {
      throw AssayError(message: "\(name): not a regular file, so not a workbook")
    }
    let workbook = try Workbook(path: path, name: path)
    if let sheet = request.options.named["sheet"] {
      return .table(try workbook.sheet(named: sheet, options: request.options))
    }
    return .collection(WorkbookSource(workbook: workbook))
  }
}
