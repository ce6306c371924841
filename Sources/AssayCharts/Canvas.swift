import AssayGrid

/// A drawing surface of dots, several per terminal cell, that renders into a `Grid`.
/// Dot (0, 0) is the top-left; x grows rightwards, y downwards. Dots outside are ignored.
public protocol Canvas: Sendable {
  /// Dots per cell across.
  static var dotsAcross: Int { get }
  /// Dots per cell down.
  static var dotsDown: Int { get }
  /// Width in cells.
  var width: Int { get }
  /// Height in cells.
  var height: Int { get }
  /// A blank canvas of `width` × `height` cells.
  init(width: Int, height: Int)
  /// Marks one dot, drawn in `role`'s colour (the last role set in a cell colours the cell).
  mutating func set(x: Int, y: Int, role: Role)
  /// The canvas as cells.
  func render() -> Grid
}

extension Canvas {
  /// Width in dots.
  public var dotWidth: Int { width * Self.dotsAcross }
  /// Height in dots.
  public var dotHeight: Int { height * Self.dotsDown }

  /// Marks the dots of a straight line between two dots, both ends included (Bresenham).
  public mutating func line(from start: (x: Int, y: Int), to end: (x: Int, y: Int), role: Role) {
    let dx = abs(end.x - start.x), dy = -abs(end.y - start.y)
    let stepX = start.x < end.x ? 1 : -1, stepY = start.y < end.y ? 1 : -1
    var (x, y) = start
    var error = dx + dy
    while true {
      set(x: x, y: y, role: role)
      if x == end.x && y == end.y { return }
      let doubled = 2 * error
      if doubled >= dy {
        error += dy
        x += stepX
      }
      if doubled <= dx {
        error += dx
        y += stepY
      }
    }
  }

  /// The dot for a data point, with `xRange` spanning the canvas's width and `yRange` its height
  /// (larger y upwards); nil for non-finite values.
  public func dot(x: Double, y: Double, xRange: ClosedRange<Double>, yRange: ClosedRange<Double>) -> (
    x: Int, y: Int
  )? {
    guard x.isFinite, y.isFinite else { return nil }
    return (
      AxisScale.dot(x, in: xRange, dots: dotWidth),
      dotHeight - 1 - AxisScale.dot(y, in: yRange, dots: dotHeight)
    )
  }

  /// Marks the dot of a data point (see `dot(x:y:xRange:yRange:)`).
  public mutating func plot(
    x: Double, y: Double, xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, role: Role
  ) {
    if let dot = dot(x: x, y: y, xRange: xRange, yRange: yRange) { set(x: dot.x, y: dot.y, role: role) }
  }
}
