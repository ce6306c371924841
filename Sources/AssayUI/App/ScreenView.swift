import AssayCore
import AssayGrid

/// Draws the screens that are not tables: the screen fills all but the bottom row, the status
/// line takes that.
enum ScreenView {
  /// The frame for `screen` at `size`, with the state's status line.
  static func frame(_ screen: any Screen, state: AppState, size: Size) -> Grid {
    var grid = Grid(width: size.width, height: size.height)
    guard size.width > 0, size.height > 0 else { return grid }
    screen.draw(into: &grid, area: area(size), state: state)
    StatusLine.draw(state, into: &grid, y: size.height - 1)
    return grid
  }

  /// The area a screen draws in at a terminal size: all but the status line.
  static func area(_ size: Size) -> Size { Size(width: size.width, height: size.height - 1) }
}

/// Text laid out for screens.
enum ScreenText {
  /// `text` broken into lines of at most `width` display columns at spaces (a longer word is cut);
  /// the text's leading spaces indent every line, and lines after the first leave `hang` columns
  /// free for an indent the caller adds.
  static func wrap(_ text: String, width: Int, hang: Int = 0) -> [String] {
    guard width > 0 else { return [] }
    let indent = String(text.prefix { $0 == " " })
    var lines: [String] = []
    var line = indent
    for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
      let candidate = line == indent ? line + word : line + " " + word
      if DisplayWidth.of(candidate) <= width - (lines.isEmpty ? 0 : hang) {
        line = candidate
      } else {
        if line != indent { lines.append(line) }
        line = indent + word
      }
    }
    if line != indent || lines.isEmpty { lines.append(line) }
    return lines
  }
}
