/// A key press, as commands are bound to it.
public enum Key: Hashable, Sendable {
  /// A printable character (letters keep their case; space is `" "`).
  case character(Character)
  /// Arrow up.
  case up
  /// Arrow down.
  case down
  /// Arrow left.
  case left
  /// Arrow right.
  case right
  /// Page up.
  case pageUp
  /// Page down.
  case pageDown
  /// Home.
  case home
  /// End.
  case end
  /// Enter or Return.
  case enter
  /// Escape.
  case escape
  /// Backspace.
  case backspace
  /// Delete.
  case delete
  /// Tab.
  case tab
  /// Shift-Tab.
  case backTab
  /// Control plus a letter, given in lower case (`.ctrl("c")` is Ctrl-C).
  case ctrl(Character)
  /// Function key F1…F12 and beyond.
  case function(Int)

  /// The key for a character code a terminal in raw mode sends: Tab, Enter (CR or LF), Esc,
  /// Backspace (BS or DEL), Ctrl-A…Ctrl-Z, or the character itself; nil for other control codes.
  public init?(typed code: UInt32) {
    switch code {
    case 9: self = .tab
    case 10, 13: self = .enter
    case 27: self = .escape
    case 8, 127: self = .backspace
    case 1...26: self = .ctrl(Character(Unicode.Scalar(UInt8(0x60 + code))))
    case 0..<32, 0x80..<0xA0: return nil
    default:
      guard let scalar = Unicode.Scalar(code) else { return nil }
      self = .character(Character(scalar))
    }
  }

  /// How help screens and keymap files name the key: `j`, `G`, `Down`, `PgDn`, `Ctrl-F`, `F1`, `Space`.
  public var label: String {
    switch self {
    case .character(" "): return "Space"
    case .character(let c): return String(c)
    case .up: return "Up"
    case .down: return "Down"
    case .left: return "Left"
    case .right: return "Right"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .home: return "Home"
    case .end: return "End"
    case .enter: return "Enter"
    case .escape: return "Esc"
    case .backspace: return "Backspace"
    case .delete: return "Delete"
    case .tab: return "Tab"
    case .backTab: return "Shift-Tab"
    case .ctrl(let c): return "Ctrl-" + String(c).uppercased()
    case .function(let n): return "F\(n)"
    }
  }
}
