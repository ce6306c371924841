/// Turns a grid into text with ANSI SGR colour sequences, for charts printed to a terminal.
public enum ANSIRenderer {
  /// The grid's lines joined by newlines; each line ends with a reset so colours never leak.
  public static func render(_ grid: Grid, theme: Theme) -> String {
    guard theme.usesColor else { return grid.plainLines().joined(separator: "\n") + "\n" }
    var out = ""
    for row in 0..<grid.height {
      var current: Style? = nil
      for col in 0..<grid.width {
        let cell = grid[x: col, y: row]
        if cell.isContinuation { continue }
        if cell.style != current {
          out += sgr(for: cell.style, theme: theme)
          current = cell.style
        }
        out.append(cell.character)
      }
      out += "\u{1B}[0m\n"
    }
    return out
  }

  /// The SGR sequence (starting from a reset) that draws a style in a theme.
  public static func sgr(for style: Style, theme: Theme) -> String {
    let c = theme.colors(for: style.role)
    var codes = ["0"]
    if c.bold || style.bold { codes.append("1") }
    if style.underline { codes.append("4") }
    if style.reverse { codes.append("7") }
    if let fg = c.foreground { codes.append(code(fg, base: 30)) }
    if let bg = c.background { codes.append(code(bg, base: 40)) }
    return "\u{1B}[" + codes.joined(separator: ";") + "m"
  }

  private static func code(_ color: TerminalColor, base: Int) -> String {
    switch color {
    case 0...7: return String(base + Int(color))
    case 8...15: return String(base + 60 + Int(color) - 8)
    default: return "\(base + 8);5;\(color)"
    }
  }
}
