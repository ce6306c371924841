/// The characters charts draw axes, boxes and markers with: box drawing for UTF-8 terminals,
/// plain ASCII for the rest.
public struct ChartGlyphs: Sendable, Equatable {
  /// Vertical axis line.
  public var vertical: Character
  /// Horizontal axis line.
  public var horizontal: Character
  /// A tick on the vertical axis, pointing at its label on the left.
  public var leftTick: Character
  /// A tick on the horizontal axis, pointing down at its label.
  public var downTick: Character
  /// Where the two axes meet.
  public var corner: Character
  /// Top-left, top-right and bottom-right corners of an optional border.
  public var topLeft: Character, topRight: Character, bottomRight: Character
  /// The marker before a legend entry.
  public var legendMarker: Character
  /// An outlier in a box plot.
  public var outlier: Character
  /// Whisker ends of a one-row box: left and right.
  public var whiskerLeft: Character, whiskerRight: Character
  /// A one-row box's ends and median.
  public var boxLeft: Character, boxRight: Character, boxMedian: Character
  /// A one-row box's inside.
  public var boxFill: Character

  /// Box drawing and block characters.
  public static let unicode = ChartGlyphs(
    vertical: "│", horizontal: "─", leftTick: "┤", downTick: "┬", corner: "└", topLeft: "┌", topRight: "┐",
    bottomRight: "┘", legendMarker: "●", outlier: "•", whiskerLeft: "├", whiskerRight: "┤", boxLeft: "▐",
    boxRight: "▌", boxMedian: "┃", boxFill: "█")

  /// Plain ASCII.
  public static let ascii = ChartGlyphs(
    vertical: "|", horizontal: "-", leftTick: "+", downTick: "+", corner: "+", topLeft: "+", topRight: "+",
    bottomRight: "+", legendMarker: "*", outlier: "o", whiskerLeft: "|", whiskerRight: "|", boxLeft: "[",
    boxRight: "]", boxMedian: "|", boxFill: "=")
}
