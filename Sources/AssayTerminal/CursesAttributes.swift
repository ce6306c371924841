import AssayGrid
import CNcurses

/// The curses attributes (colour pair included) for each style, set up once from a theme.
struct CursesAttributes {
  private var roleAttributes: [Role: attr_t] = [:]
  private var rolePairs: [Role: Int16] = [:]

  /// Starts colour when the theme and the terminal allow it, with one colour pair per role;
  /// otherwise maps roles to attributes only (cursor, status and selection in reverse video).
  init(theme: Theme) {
    var useColor = false
    var defaultsWork = false
    if theme.usesColor, has_colors() {
      start_color()  // sets COLORS and COLOR_PAIRS
      useColor = assay_colors() >= 8
      defaultsWork = useColor && use_default_colors() != assay_err()
    }
    for (index, role) in Role.allCases.enumerated() {
      guard useColor, index + 1 < assay_color_pairs() else {
        roleAttributes[role] = Self.monochrome(role)
        rolePairs[role] = 0
        continue
      }
      let colors = theme.colors(for: role)
      let pair = Int16(index + 1)
      let foreground = Self.curses(colors.foreground, fallback: defaultsWork ? -1 : Int16(COLOR_WHITE))
      let background = Self.curses(colors.background, fallback: defaultsWork ? -1 : Int16(COLOR_BLACK))
      init_pair(pair, foreground, background)
      rolePairs[role] = pair
      roleAttributes[role] = colors.bold ? assay_a_bold() : assay_a_normal()
    }
  }

  /// The attributes and colour pair for a style.
  func attributes(for style: Style) -> (attributes: attr_t, pair: Int16) {
    var attributes = roleAttributes[style.role] ?? assay_a_normal()
    if style.bold { attributes |= assay_a_bold() }
    if style.underline { attributes |= assay_a_underline() }
    if style.reverse { attributes |= assay_a_reverse() }
    return (attributes, rolePairs[style.role] ?? 0)
  }

  /// A theme colour for this terminal: bright colours fold onto the basic eight when there are only eight.
  private static func curses(_ color: TerminalColor?, fallback: Int16) -> Int16 {
    guard let color else { return fallback }
    return Int16(Int32(color) < assay_colors() ? Int32(color) : Int32(color) % 8)
  }

  /// Attributes that show a role without colour.
  private static func monochrome(_ role: Role) -> attr_t {
    switch role {
    case .cursor, .status, .selection: return assay_a_reverse()
    case .header, .title, .error: return assay_a_bold()
    case .null, .axis, .border: return assay_a_dim()
    default: return assay_a_normal()
    }
  }
}
