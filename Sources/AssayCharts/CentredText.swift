import AssayCore
import AssayGrid

extension Grid {
  /// Writes a line of text centred on row `y`; text wider than the grid is cut and ends in `…`.
  mutating func putCentred(_ text: String, y: Int, style: Style) {
    var shownText = SafeText.visible(text)
    if DisplayWidth.of(shownText) > width {
      var cut = ""
      for character in shownText {
        if DisplayWidth.of(cut) + DisplayWidth.of(character) > width - 1 { break }
        cut.append(character)
      }
      shownText = cut + "…"
    }
    put(shownText, x: max(0, (width - DisplayWidth.of(shownText)) / 2), y: y, style: style)
  }
}
