/// A terminal colour: 0–7 the basic colours, 8–15 their bright forms, 16–255 the xterm palette.
public typealias TerminalColor = UInt8

/// The colours and attributes a theme gives one role.
public struct RoleColors: Equatable, Sendable {
  /// Foreground colour; nil keeps the terminal's default.
  public var foreground: TerminalColor?
  /// Background colour; nil keeps the terminal's default.
  public var background: TerminalColor?
  /// Draw bold.
  public var bold: Bool

  /// Colours for a role.
  public init(foreground: TerminalColor? = nil, background: TerminalColor? = nil, bold: Bool = false) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
  }
}

/// Colours for roles. Every role a theme leaves out is drawn in the terminal's default colours.
public struct Theme: Equatable, Sendable {
  /// The theme's name.
  public var name: String
  /// Colours per role.
  public var colors: [Role: RoleColors]
  /// False for a theme that must emit no colour at all (NO_COLOR, monochrome terminals).
  public var usesColor: Bool

  /// A theme from its role colours.
  public init(name: String, colors: [Role: RoleColors], usesColor: Bool = true) {
    self.name = name
    self.colors = colors
    self.usesColor = usesColor
  }

  /// The colours of a role (defaults when the theme does not name it).
  public func colors(for role: Role) -> RoleColors { colors[role] ?? RoleColors() }

  /// The built-in dark-background theme.
  public static let `default` = Theme(
    name: "default",
    colors: [
      .header: RoleColors(foreground: 6, bold: true),
      .cursor: RoleColors(foreground: 0, background: 6),
      .selection: RoleColors(foreground: 0, background: 3),
      .null: RoleColors(foreground: 8),
      .number: RoleColors(foreground: 7),
      .string: RoleColors(foreground: 7),
      .axis: RoleColors(foreground: 8),
      .label: RoleColors(foreground: 7),
      .title: RoleColors(bold: true),
      .status: RoleColors(foreground: 0, background: 7),
      .border: RoleColors(foreground: 8),
      .error: RoleColors(foreground: 1, bold: true),
      .warning: RoleColors(foreground: 3),
      .series1: RoleColors(foreground: 4), .series2: RoleColors(foreground: 1),
      .series3: RoleColors(foreground: 2), .series4: RoleColors(foreground: 3),
      .series5: RoleColors(foreground: 5), .series6: RoleColors(foreground: 6),
      .series7: RoleColors(foreground: 9), .series8: RoleColors(foreground: 10),
    ])

  /// No colour at all; cursor and status are shown by reverse video.
  public static let monochrome = Theme(name: "monochrome", colors: [:], usesColor: false)
}
