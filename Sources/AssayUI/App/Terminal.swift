import AssayGrid

/// A terminal's size in cells.
public struct Size: Hashable, Sendable {
  /// Columns.
  public var width: Int
  /// Rows.
  public var height: Int

  /// A size; negative values count as zero.
  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
  }
}

/// A mouse action at a cell.
public struct MouseEvent: Hashable, Sendable {
  /// What the mouse did.
  public enum Action: Hashable, Sendable {
    /// The left button was pressed.
    case press
    /// The wheel turned up (away from the user).
    case wheelUp
    /// The wheel turned down (towards the user).
    case wheelDown
  }

  /// What the mouse did.
  public var action: Action
  /// Column of the cell under the pointer.
  public var x: Int
  /// Row of the cell under the pointer.
  public var y: Int

  /// A mouse event.
  public init(action: Action, x: Int, y: Int) {
    self.action = action
    self.x = x
    self.y = y
  }
}

/// Something the terminal reports: a key, a new size, or a mouse action.
public enum Event: Hashable, Sendable {
  /// A key was pressed.
  case key(Key)
  /// The terminal now has this size.
  case resize(Size)
  /// The mouse did something.
  case mouse(MouseEvent)
}

/// Where frames go and events come from: ncurses in the program, memory in tests.
public protocol Terminal {
  /// The current size in cells.
  var size: Size { get }
  /// Shows a frame (the grid has the terminal's size).
  mutating func draw(_ grid: Grid) throws
  /// The next event, or nil when none arrives within the timeout.
  mutating func nextEvent(timeoutMilliseconds: Int) throws -> Event?
}
