import AssayGrid

/// Something that draws on any canvas; `CanvasKind.render` hands it the canvas the user chose.
public protocol CanvasPainter {
  /// Draws on `canvas`.
  func paint<C: Canvas>(on canvas: inout C)
}

/// The canvases a chart can be drawn on; the raw values are the names people type and read.
public enum CanvasKind: String, Sendable, CaseIterable {
  /// Braille, 2 × 4 dots per cell.
  case braille
  /// Quadrant blocks, 2 × 2 dots per cell.
  case block
  /// Half blocks, 1 × 2 dots per cell.
  case halfBlock = "half-block"
  /// ASCII, 1 × 2 dots per cell, for terminals without UTF-8.
  case ascii
  /// Hits per cell, shaded.
  case density

  /// The kind a name spells: its raw value, or `halfBlock`, an older spelling of `half-block`.
  public init?(name: String) {
    guard name != "halfBlock" else {
      self = .halfBlock
      return
    }
    self.init(rawValue: name)
  }

  /// Dots per cell across and down.
  public var dots: (across: Int, down: Int) {
    switch self {
    case .braille: return (BrailleCanvas.dotsAcross, BrailleCanvas.dotsDown)
    case .block: return (QuadrantCanvas.dotsAcross, QuadrantCanvas.dotsDown)
    case .halfBlock: return (HalfBlockCanvas.dotsAcross, HalfBlockCanvas.dotsDown)
    case .ascii: return (ASCIICanvas.dotsAcross, ASCIICanvas.dotsDown)
    case .density: return (DensityCanvas.dotsAcross, DensityCanvas.dotsDown)
    }
  }

  /// The glyphs for axes around this canvas: ASCII for `.ascii`, box drawing otherwise.
  public var glyphs: ChartGlyphs { self == .ascii ? .ascii : .unicode }

  /// A canvas of this kind, `width × height` cells, painted by `painter`, as cells.
  public func render(width: Int, height: Int, _ painter: some CanvasPainter) -> Grid {
    switch self {
    case .braille: return Self.paint(BrailleCanvas(width: width, height: height), painter)
    case .block: return Self.paint(QuadrantCanvas(width: width, height: height), painter)
    case .halfBlock: return Self.paint(HalfBlockCanvas(width: width, height: height), painter)
    case .ascii: return Self.paint(ASCIICanvas(width: width, height: height), painter)
    case .density: return Self.paint(DensityCanvas(width: width, height: height), painter)
    }
  }

  private static func paint<C: Canvas>(_ blank: C, _ painter: some CanvasPainter) -> Grid {
    var canvas = blank
    painter.paint(on: &canvas)
    return canvas.render()
  }
}
