import AssayGrid

/// Turns a drawn chart into plain ASCII for terminals and files that cannot show UTF-8: box
/// drawing becomes `| - +`, blocks become `#`, punctuation its ASCII look-alike, anything else `?`.
public enum ASCIIFallback {
  private static let replacements: [Character: Character] = [
    "│": "|", "─": "-", "┤": "+", "┬": "+", "└": "+", "┌": "+", "┐": "+", "┘": "+", "├": "|", "┃": "|",
    "█": "#", "▉": "#", "▊": "#", "▋": "#", "▌": "#", "▍": "+", "▎": "+", "▏": "+", "▐": "[", "▄": "#",
    "▀": "#",
    "░": ".", "▒": ":", "▓": "*", "●": "*", "•": "o", "·": "-", "—": "-", "–": "-", "×": "x", "…": "~",
    "␛": "^",
  ]

  /// The grid with every non-ASCII character replaced; double-width characters become `?` and a space.
  public static func grid(_ grid: Grid) -> Grid {
    var out = grid
    for y in 0..<grid.height {
      for x in 0..<grid.width {
        let cell = grid[x: x, y: y]
        if cell.isContinuation {
          out[x: x, y: y] = Cell(" ", cell.style)
        } else if !cell.character.isASCII {
          out[x: x, y: y] = Cell(replacements[cell.character] ?? "?", cell.style)
        }
      }
    }
    return out
  }
}
