import AssayGrid

/// Counts hits per cell and shades each cell by its share of the busiest cell, so that dense
/// scatter plots show where points pile up rather than a solid blot.
public struct DensityCanvas: Canvas {
  /// One dot across.
  public static let dotsAcross = 1
  /// One dot down.
  public static let dotsDown = 1
  /// Width in cells.
  public let width: Int
  /// Height in cells.
  public let height: Int
  private var hits: [Int]
  private var roles: [Role]
  private static let shades: [Character] = ["░", "▒", "▓", "█"]

  /// A blank canvas.
  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    hits = [Int](repeating: 0, count: self.width * self.height)
    roles = [Role](repeating: .text, count: self.width * self.height)
  }

  /// Adds one hit to a cell.
  public mutating func set(x: Int, y: Int, role: Role) {
    guard x >= 0, y >= 0, x < width, y < height else { return }
    hits[y * width + x] += 1
    roles[y * width + x] = role
  }

  /// Hits in a cell (0 outside).
  public func hits(x: Int, y: Int) -> Int {
    x >= 0 && y >= 0 && x < width && y < height ? hits[y * width + x] : 0
  }

  /// Cells shaded `░ ▒ ▓ █` by hits relative to the busiest cell; any hit shows at least `░`.
  public func render() -> Grid {
    var grid = Grid(width: width, height: height)
    let busiest = hits.max() ?? 0
    guard busiest > 0 else { return grid }
    for y in 0..<height {
      for x in 0..<width where hits[y * width + x] > 0 {
        let share = Double(hits[y * width + x]) / Double(busiest)
        let level = min(
          DensityCanvas.shades.count - 1, Int((share * Double(DensityCanvas.shades.count)).rounded(.up)) - 1)
        grid[x: x, y: y] = Cell(DensityCanvas.shades[max(0, level)], Style(roles[y * width + x]))
      }
    }
    return grid
  }
}
