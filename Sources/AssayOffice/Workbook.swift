import AssayCore

/// An .xlsx workbook whose index has been read: its file, its sheets, and the bounds reading it
/// keeps to. Each reading opens the archive afresh, on the thread that reads.
public struct Workbook: Sendable {
  /// The bounds reading a workbook keeps to.
  public struct Limits: Sendable {
    /// The most bytes one part (a sheet's XML, the shared strings) may inflate to.
    public var partBytes = 1 << 30
    /// The most cells (rows × columns, empty ones included) a sheet's table may have.
    public var cells = 1 << 28

    /// The bounds for files: 1 GiB a part, 2^28 cells a sheet.
    public init() {}

    /// Other bounds (fuzzing and tests use small ones).
    public init(partBytes: Int, cells: Int) {
      self.partBytes = partBytes
      self.cells = cells
    }
  }

  /// The workbook's name for people, as given.
  public let name: String
  /// The file's path.
  let path: String
  let index: WorkbookIndex
  let limits: Limits

  /// The workbook in the file at `path`, its index read; an `AssayError` naming `name` when it is
  /// not a workbook or is damaged.
  public init(path: String, name: String, limits: Limits = Limits()) throws {
    self.path = path
    self.name = name
    self.limits = limits
    index = try WorkbookIndex(WorkbookArchive(path: path, name: name, partLimit: limits.partBytes))
  }

  /// The names of the worksheets, in tab order.
  public var sheetNames: [String] { index.sheets.map(\.name) }

  /// The archive, opened afresh.
  func archive() throws -> WorkbookArchive {
    try WorkbookArchive(path: path, name: name, partLimit: limits.partBytes)
  }

  /// What reading any sheet of the workbook takes: its shared strings, styles and date system.
  func context(_ archive: WorkbookArchive) throws -> SheetContext {
    SheetContext(
      sharedStrings: try index.sharedStrings.map { try SharedStrings.read($0, in: archive) } ?? [],
      styles: try index.styles.map { try CellStyles($0, in: archive) } ?? CellStyles(),
      uses1904: index.uses1904)
  }

  /// The sheet named `name`, as a table source with `options` (`header`, `columns`).
  public func sheet(named name: String, options: SourceOptions = SourceOptions()) throws -> SheetSource {
    SheetSource(workbook: self, sheet: try index.sheet(named: name, in: self.name), options: options)
  }
}
