import AssayCore

/// What the app asks its run loop to do after an update.
public enum Effect: Equatable, Sendable {
  /// Leave the app.
  case quit
  /// Stop the running load, keeping the rows that arrived.
  case cancelLoad
  /// Load a source into a sheet of the stack (stopping any load still running).
  case startLoad(LoadRequest)
  /// Write a sheet to a file.
  case export(ExportRequest)
  /// Run a slow computation off the main thread, then apply it.
  case startJob(Job)
  /// Abandon the running job.
  case cancelJob
}

/// A line of feedback in the status bar, until the next key.
public struct StatusMessage: Equatable, Sendable {
  /// The text.
  public var text: String
  /// True for errors (drawn in the error role).
  public var isError: Bool

  /// A message.
  public init(_ text: String, isError: Bool = false) {
    self.text = text
    self.isError = isError
  }
}

/// Everything the screen shows: the sheet stack, the load's state, the status message, the keymap.
public struct AppState: Sendable {
  /// The sheets, the data sheet first; the last one is on screen. Never empty.
  public private(set) var sheets: [Sheet]
  /// The terminal's size, used to page and scroll.
  public var size: Size
  /// The load feeding a sheet of the stack (`load.sheet`): the data sheet's, or an opened entry's.
  public var load = LoadStatus()
  /// Feedback shown in the status line until the next key.
  public var message: StatusMessage?
  /// Which key runs which command.
  public var keymap: Keymap
  /// The line being typed for a command that asked for input, if any.
  public var prompt: Prompt?
  /// What was typed at each prompt this session, for Up and Down, and what a command failed with.
  public var promptHistory = PromptHistory()
  /// A save that names an existing file, waiting for the answer to whether to replace it.
  public var pendingExport: ExportRequest?
  /// Every command run, in order, with its input: what `--replay` plays back.
  public var log: [LoggedCommand] = []
  /// The title of the job running in the background, if any; only moving and Ctrl-C work meanwhile.
  public var job: String?
  /// Keys typed while the job runs, waiting to run in order when it ends.
  public internal(set) var typedAhead: [Key] = []
  /// The last search, for `n` and `N`.
  public var search: SearchRequest?
  /// Whether a sheet of a source that pages itself (a database table) holds a bounded window of
  /// its rows, as on screen; false for a batch run, whose result keeps every row.
  public var holdsWindows = true
  /// The screens that are not tables (charts, wizard, reports), each above the sheets it was pushed on.
  public private(set) var screens: [StackedScreen] = []

  /// A state showing one table.
  public init(table: Table, title: String? = nil, size: Size, keymap: Keymap = .table) {
    self.init(sheet: Sheet(title: title ?? table.name, table: table), size: size, keymap: keymap)
  }

  /// A state showing one sheet (a table, or a collection's listing).
  public init(sheet: Sheet, size: Size, keymap: Keymap = .table) {
    sheets = [sheet]
    self.size = size
    self.keymap = keymap
    scrollToCursor()
  }

  /// The sheet on screen.
  public var sheet: Sheet {
    get { sheets[sheets.count - 1] }
    set { sheets[sheets.count - 1] = newValue }
  }

  /// Rows of table body the screen has room for (header and status line take one row each).
  public var bodyHeight: Int { max(1, size.height - 2) }

  /// True while rows are arriving for the sheet on screen.
  public var loadFeedsSheetOnScreen: Bool { load.phase == .loading && load.sheet == sheets.count - 1 }

  /// Shows a sheet on top of the current one.
  public mutating func push(_ sheet: Sheet) { sheets.append(sheet) }

  /// The screen on top when it is not a sheet; setting it replaces that screen (nil: no change).
  public var screen: (any Screen)? {
    get {
      guard let last = screens.last, last.sheetsBelow == sheets.count else { return nil }
      return last.screen
    }
    set {
      guard let newValue, screen != nil else { return }
      screens[screens.count - 1].screen = newValue
    }
  }

  /// The keymap of the screen on top: the screen's own, or the table keymap for a sheet.
  public var activeKeymap: Keymap { screen?.keymap ?? keymap }

  /// The titles of everything on the stack, bottom first, for the breadcrumb.
  public var stackTitles: [String] {
    var titles: [String] = []
    var pending = screens[...]
    for (index, sheet) in sheets.enumerated() {
      while let next = pending.first, next.sheetsBelow == index {
        titles.append(next.screen.title)
        pending = pending.dropFirst()
      }
      titles.append(sheet.title)
    }
    return titles + pending.map(\.screen.title)
  }

  /// Shows a screen that is not a table on top of everything.
  public mutating func push(_ screen: any Screen) {
    screens.append(StackedScreen(screen: screen, sheetsBelow: sheets.count))
  }

  /// Goes back to what lies under the top screen or sheet; false when the data sheet is the only one.
  public mutating func pop() -> Bool {
    if screen != nil {
      screens.removeLast()
      return true
    }
    guard sheets.count > 1 else { return false }
    if load.sheet == sheets.count - 1 { load = LoadStatus() }
    sheets.removeLast()
    return true
  }

  /// Brings the screen on top up to date for the terminal's size; returns the jobs that do it.
  mutating func refreshScreen() -> [Effect] {
    guard var top = screen else { return [] }
    let effects = top.refresh(size: size)
    screen = top
    return effects
  }

  /// Replaces the loading sheet's table with a newer snapshot, which holds `window` of its
  /// source's rows when the source pages itself.
  mutating func replaceLoadingTable(_ table: Table, window: RowWindow?) {
    guard load.sheet < sheets.count else { return }
    sheets[load.sheet].replaceTable(table, window: window)
  }

  /// Gives the sheet being loaded the texts its load read as nulls, for describe to list.
  mutating func keepNullTexts(_ texts: [String: [String]]) {
    guard load.sheet < sheets.count else { return }
    sheets[load.sheet].nullTexts = texts
  }

  /// Scrolls the sheet on screen so the cursor is visible at the current size.
  mutating func scrollToCursor() { sheet.scrollToCursor(bodyHeight: bodyHeight, width: size.width) }
}
