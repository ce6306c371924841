/// What a piece of the screen is; a theme gives each role its colours.
public enum Role: String, Sendable, CaseIterable, Codable {
  case text, header, cursor, selection, null, number, string, axis, label, title, status, border
  case error, warning
  case series1, series2, series3, series4, series5, series6, series7, series8

  /// The series role for the n-th series (0-based), cycling through the eight.
  public static func series(_ n: Int) -> Role {
    let all: [Role] = [.series1, .series2, .series3, .series4, .series5, .series6, .series7, .series8]
    return all[((n % all.count) + all.count) % all.count]
  }
}

/// How a cell is drawn: its role (coloured by the theme) plus attributes.
public struct Style: Hashable, Sendable {
  /// The role, which the theme maps to colours.
  public var role: Role
  /// Bold text.
  public var bold: Bool
  /// Underlined text.
  public var underline: Bool
  /// Foreground and background swapped.
  public var reverse: Bool

  /// A style for a role with optional attributes.
  public init(_ role: Role = .text, bold: Bool = false, underline: Bool = false, reverse: Bool = false) {
    self.role = role
    self.bold = bold
    self.underline = underline
    self.reverse = reverse
  }

  /// Plain text.
  public static let plain = Style()
}

/// One terminal cell: a character (one grapheme cluster) and its style.
/// A double-width character is followed by a `continuation` cell.
public struct Cell: Hashable, Sendable {
  /// The character shown.
  public var character: Character
  /// How it is drawn.
  public var style: Style

  /// A cell.
  public init(_ character: Character, _ style: Style = .plain) {
    self.character = character
    self.style = style
  }

  /// A blank cell.
  public static let blank = Cell(" ")
  /// The right half of a double-width character; never drawn itself.
  public static let continuation = Cell("\u{0}")

  /// True for the right half of a double-width character.
  public var isContinuation: Bool { character == "\u{0}" }
}
