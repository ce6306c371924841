import AssayGrid
import Testing

/// Emoji with modifiers, joined emoji, flags and accented letters stay whole in one grid cell.
@Suite struct GraphemeClusterTests {
  static let thumbsUpMediumSkin = "\u{1F44D}\u{1F3FD}"
  static let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}"
  static let familyOfFour = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}\u{200D}\u{1F466}"
  static let france = "\u{1F1EB}\u{1F1F7}"
  static let decomposedE = "e\u{0301}"

  @Test(arguments: [
    (thumbsUpMediumSkin, 2), (family, 2), (france, 2), (decomposedE, 1), ("\u{261D}\u{1F3FD}", 2),
  ])
  func aClusterTakesItsDisplayWidthInOneCell(cluster: String, width: Int) {
    var grid = Grid(width: 5, height: 2)
    #expect(grid.put(cluster + "x", x: 0, y: 0) == width + 1)
    #expect(grid[x: 0, y: 0].character == Character(cluster))
    #expect(grid[x: width, y: 0].character == "x")
    #expect(grid[x: 0, y: 1] == .blank, "nothing leaks into the next row")
    #expect(grid.plainLines() == [cluster + "x" + String(repeating: " ", count: 4 - width), "     "])
    #expect(DisplayWidth.of(grid.plainLines()[0]) == 5)
  }

  @Test func theRenderedRowHoldsEachClusterOnceAndTheNextCellClean() {
    let text = "\(Self.thumbsUpMediumSkin) emoji ZWJ \(Self.family)"
    var grid = Grid(width: 22, height: 2)
    grid.put(text, x: 0, y: 0)
    grid.put("next", x: 0, y: 1)
    let rendered = ANSIRenderer.render(grid, theme: .monochrome)
    #expect(
      rendered == text + String(repeating: " ", count: 7) + "\nnext" + String(repeating: " ", count: 18)
        + "\n")
    #expect(rendered.components(separatedBy: Self.family).count == 2)
    #expect(!rendered.split(separator: "\n")[1].unicodeScalars.contains("\u{200D}"))
  }

  @Test func aTerminalCellKeepsEveryCodePointThatFits() {
    #expect(Cell(Character(Self.family)).scalars(fitting: 5) == Array(Self.family.unicodeScalars))
    #expect(
      Cell(Character(Self.thumbsUpMediumSkin)).scalars(fitting: 5) == ["\u{1F44D}", "\u{1F3FD}"])
    #expect(Cell(Character(Self.france)).scalars(fitting: 5) == ["\u{1F1EB}", "\u{1F1F7}"])
  }

  @Test func aClusterTooLongForTheTerminalCellKeepsWholeJoinedParts() {
    let kept = Cell(Character(Self.familyOfFour)).scalars(fitting: 5)
    #expect(kept == Array(Self.family.unicodeScalars), "the last person goes, with its joiner")
    let mother = "\u{1F469}\u{200D}\u{1F467}"
    let longFamily = Character("\u{1F468}\u{1F3FD}\u{200D}\u{1F469}\u{200D}\u{1F467}")
    #expect(
      Cell(longFamily).scalars(fitting: 5) == ["\u{1F468}", "\u{1F3FD}", "\u{200D}", "\u{1F469}"],
      "whole parts, no joiner at the end")
    #expect(Cell(Character(mother)).scalars(fitting: 5) == Array(mother.unicodeScalars))
    let accents = Cell(Character("a\u{0301}\u{0302}\u{0303}\u{0304}\u{0305}")).scalars(fitting: 5)
    #expect(accents == ["a", "\u{0301}", "\u{0302}", "\u{0303}", "\u{0304}"])
  }
}
