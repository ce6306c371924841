import AssayGrid

/// The words and frame around a chart: title, axis labels, border, and the glyphs to draw with.
public struct ChartDecorations: Sendable, Equatable {
  /// A title centred on the first row; none when nil.
  public var title: String?
  /// The horizontal axis's name, centred under its tick labels.
  public var xLabel: String?
  /// The vertical axis's name, above its tick labels.
  public var yLabel: String?
  /// A box around the plot area.
  public var border: Bool
  /// Box drawing or ASCII characters.
  public var glyphs: ChartGlyphs

  /// Decorations; by default none but the axes, in box drawing characters.
  public init(
    title: String? = nil, xLabel: String? = nil, yLabel: String? = nil, border: Bool = false,
    glyphs: ChartGlyphs = .unicode
  ) {
    self.title = title
    self.xLabel = xLabel
    self.yLabel = yLabel
    self.border = border
    self.glyphs = glyphs
  }
}

/// One entry of a legend: a marker in a colour role and a name.
public struct LegendEntry: Sendable, Equatable {
  /// The marker character; nil uses the glyphs' legend marker.
  public var marker: Character?
  /// What the entry stands for.
  public var name: String
  /// The marker's colour role.
  public var role: Role

  /// An entry.
  public init(_ name: String, role: Role, marker: Character? = nil) {
    self.name = name
    self.role = role
    self.marker = marker
  }
}

/// The vertical axis of a framed plot: numbers, or one band of rows per category.
public enum VerticalAxis {
  /// A numeric scale for a given largest tick count.
  case numeric((Int) -> AxisScale)
  /// Category names, top to bottom.
  case categories([String])
}
