/// How far a load has got, for progress displays.
public struct LoadProgress: Sendable, Equatable {
  /// Bytes of input consumed so far.
  public var bytesRead: Int
  /// Total input bytes when known (a file), nil for a stream.
  public var totalBytes: Int?
  /// Rows loaded so far.
  public var rows: Int
  /// True on the last update of a load.
  public var finished: Bool
  /// What the load repaired or skipped in the input (ragged rows, comments, a preamble), one
  /// sentence each; given on the last update.
  public var warnings: [String]
  /// The texts other than the empty field read as nulls (`NA`, `-`), by column, for the columns that
  /// held any; given on the last update.
  public var nullTexts: [String: [String]]

  /// A progress report.
  public init(
    bytesRead: Int, totalBytes: Int?, rows: Int, finished: Bool, warnings: [String] = [],
    nullTexts: [String: [String]] = [:]
  ) {
    self.bytesRead = bytesRead
    self.totalBytes = totalBytes
    self.rows = rows
    self.finished = finished
    self.warnings = warnings
    self.nullTexts = nullTexts
  }
}

/// One step of a load: the table so far (it only grows) and how far the load has got.
public struct LoadUpdate: Sendable {
  /// Every row loaded so far.
  public var table: Table
  /// Where the load stands.
  public var progress: LoadProgress
  /// Which of the source's rows the table holds, for a source that holds a bounded window of them
  /// (`RowPushdown`); nil when a load holds every row.
  public var window: RowWindow?

  /// An update from a snapshot and its progress.
  public init(table: Table, progress: LoadProgress, window: RowWindow? = nil) {
    self.table = table
    self.progress = progress
    self.window = window
  }
}

/// Anything that yields a table: a CSV file, a database table, an object in a bucket.
public protocol TableSource: Sendable {
  /// A name for people (URLs with any password masked).
  var displayName: String { get }
  /// Loads the data, yielding growing snapshots; the last one has `progress.finished == true`.
  /// Cancelling the consuming task stops the load, keeping what the last snapshot holds.
  func load() -> AsyncThrowingStream<LoadUpdate, Error>
}

extension TableSource {
  /// Loads everything and returns the final table.
  public func loadAll() async throws -> Table {
    var last: Table?
    for try await update in load() { last = update.table }
    guard let last else { throw AssayError(message: "\(displayName): the source produced no table") }
    return last
  }
}
