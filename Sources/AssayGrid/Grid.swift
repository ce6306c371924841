import AssayCore

/// A rectangle of styled cells: what every chart and screen renders into, and what the
/// terminal draws or the headless export prints.
public struct Grid: Equatable, Sendable {
  /// Width in cells.
  public let width: Int
  /// Height in cells.
  public let height: Int
  /// Row-major cells.
  public private(set) var cells: [Cell]

  /// A blank grid.
  public init(width: Int, height: Int, fill: Cell = .blank) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = [Cell](repeating: fill, count: self.width * self.height)
  }

  /// The cell at column x, row y; out-of-range reads are blank and writes are ignored.
  public subscript(x x: Int, y y: Int) -> Cell {
    get { contains(x: x, y: y) ? cells[y * width + x] : .blank }
    set { if contains(x: x, y: y) { cells[y * width + x] = newValue } }
  }

  /// True when (x, y) lies inside the grid.
  @inlinable public func contains(x: Int, y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }

  /// Writes text from (x, y) rightwards, control characters made visible, clipped at
  /// `x + maxWidth` (default: the right edge). Returns the number of columns written.
  @discardableResult
  public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int
  {
    guard y >= 0, y < height else { return 0 }
    let limit = min(width, x + (maxWidth ?? width))
    var col = x
    for ch in SafeText.visible(text) {
      let w = DisplayWidth.of(ch)
      if w == 0 { continue }
      if col + w > limit { break }
      if col >= 0 {
        self[x: col, y: y] = Cell(ch, style)
        if w == 2 { self[x: col + 1, y: y] = Cell(Cell.continuation.character, style) }
      }
      col += w
    }
    return col - x
  }

  /// Sets the style of every cell in a row span, keeping the characters.
  public mutating func restyle(x: Int, y: Int, width w: Int, style: Style) {
    for col in max(0, x)..<min(width, x + w) where y >= 0 && y < height {
      cells[y * width + col].style = style
    }
  }

  /// Fills a rectangle with one cell.
  public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, with cell: Cell) {
    for row in max(0, y)..<max(max(0, y), min(height, y + h)) {
      for col in max(0, x)..<max(max(0, x), min(width, x + w)) { cells[row * width + col] = cell }
    }
  }

  /// Copies another grid in with its top-left corner at (x, y), clipped.
  public mutating func draw(_ other: Grid, x: Int, y: Int) {
    for row in 0..<other.height {
      for col in 0..<other.width { self[x: x + col, y: y + row] = other.cells[row * other.width + col] }
    }
  }

  /// The rows as plain text, trailing spaces kept so every line has the grid's display width.
  public func plainLines() -> [String] {
    (0..<height).map { row in
      var line = ""
      for col in 0..<width {
        let cell = cells[row * width + col]
        if !cell.isContinuation { line.append(cell.character) }
      }
      return line
    }
  }

  /// The rows as plain text with trailing spaces removed (for printing).
  public func trimmedLines() -> [String] {
    plainLines().map { line in
      var s = Substring(line)
      while s.last == " " { s = s.dropLast() }
      return String(s)
    }
  }
}
