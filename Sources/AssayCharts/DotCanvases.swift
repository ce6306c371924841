import AssayGrid

/// How a cell of a pattern canvas shows which of its dots are set.
public protocol DotPattern: Sendable {
  /// Dots per cell across.
  static var dotsAcross: Int { get }
  /// Dots per cell down; `dotsAcross × dotsDown` is at most 8.
  static var dotsDown: Int { get }
  /// The character for a cell's dot mask (bit `row * dotsAcross + column`, non-zero).
  static func glyph(_ mask: UInt8) -> Character
}

/// A dot pattern given as one character per mask.
public protocol TableDotPattern: DotPattern {
  /// `glyphs[mask]` draws a cell, for every mask of `dotsAcross × dotsDown` bits.
  static var glyphs: [Character] { get }
}

extension TableDotPattern {
  /// The character at the mask's place in the table.
  public static func glyph(_ mask: UInt8) -> Character { glyphs[Int(mask) % glyphs.count] }
}

/// A canvas that keeps a bit mask per cell and draws each cell as its pattern's glyph;
/// the last role set in a cell colours it.
public struct PatternCanvas<Pattern: DotPattern>: Canvas {
  /// Dots per cell across.
  public static var dotsAcross: Int { Pattern.dotsAcross }
  /// Dots per cell down.
  public static var dotsDown: Int { Pattern.dotsDown }
  /// Width in cells.
  public let width: Int
  /// Height in cells.
  public let height: Int
  private var masks: [UInt8]
  private var roles: [Role]

  /// A blank canvas.
  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    masks = [UInt8](repeating: 0, count: self.width * self.height)
    roles = [Role](repeating: .text, count: self.width * self.height)
  }

  /// Marks one dot.
  public mutating func set(x: Int, y: Int, role: Role) {
    guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
    let cell = (y / Pattern.dotsDown) * width + x / Pattern.dotsAcross
    masks[cell] |= 1 << UInt8((y % Pattern.dotsDown) * Pattern.dotsAcross + x % Pattern.dotsAcross)
    roles[cell] = role
  }

  /// Cells with a glyph per mask; empty cells stay blank.
  public func render() -> Grid {
    var grid = Grid(width: width, height: height)
    for y in 0..<height {
      for x in 0..<width where masks[y * width + x] != 0 {
        grid[x: x, y: y] = Cell(Pattern.glyph(masks[y * width + x]), Style(roles[y * width + x]))
      }
    }
    return grid
  }
}

/// Braille: 2 × 4 dots per cell, the finest resolution a terminal font gives.
public typealias BrailleCanvas = PatternCanvas<BraillePattern>
/// Quadrant blocks: 2 × 2 dots per cell.
public typealias QuadrantCanvas = PatternCanvas<QuadrantPattern>
/// Half blocks: 1 × 2 dots per cell, square-ish dots in most fonts.
public typealias HalfBlockCanvas = PatternCanvas<HalfBlockPattern>
/// Plain ASCII for terminals without UTF-8: 1 × 2 dots per cell.
public typealias ASCIICanvas = PatternCanvas<ASCIIPattern>

/// Braille patterns U+2800...U+28FF.
public enum BraillePattern: DotPattern {
  /// Two dots across.
  public static let dotsAcross = 2
  /// Four dots down.
  public static let dotsDown = 4
  /// Braille bit for each row-major dot: dots 1-2-3 down the left, 4-5-6 down the right, then 7 and 8.
  private static let brailleBits: [UInt32] = [0x01, 0x08, 0x02, 0x10, 0x04, 0x20, 0x40, 0x80]
  /// The braille character with the mask's dots raised.
  public static func glyph(_ mask: UInt8) -> Character {
    var bits: UInt32 = 0
    for (bit, braille) in brailleBits.enumerated() where mask & (1 << UInt8(bit)) != 0 { bits |= braille }
    return Character(Unicode.Scalar(0x2800 + bits) ?? " ")
  }
}

/// Quadrant blocks by top-left, top-right, bottom-left, bottom-right bits.
public enum QuadrantPattern: TableDotPattern {
  /// Two dots across.
  public static let dotsAcross = 2
  /// Two dots down.
  public static let dotsDown = 2
  /// One block per mask.
  public static let glyphs: [Character] = [
    " ", "▘", "▝", "▀", "▖", "▌", "▞", "▛", "▗", "▚", "▐", "▜", "▄", "▙", "▟", "█",
  ]
}

/// Upper, lower and full blocks.
public enum HalfBlockPattern: TableDotPattern {
  /// One dot across.
  public static let dotsAcross = 1
  /// Two dots down.
  public static let dotsDown = 2
  /// One block per mask.
  public static let glyphs: [Character] = [" ", "▀", "▄", "█"]
}

/// Upper dot `'`, lower dot `.`, both `:`.
public enum ASCIIPattern: TableDotPattern {
  /// One dot across.
  public static let dotsAcross = 1
  /// Two dots down.
  public static let dotsDown = 2
  /// One character per mask.
  public static let glyphs: [Character] = [" ", "'", ".", ":"]
}
