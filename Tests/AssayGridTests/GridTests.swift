import AssayGrid
import Testing

@Test func gridPutClipsAndEscapes() {
  var grid = Grid(width: 8, height: 2)
  grid.put("a\u{1B}[2Jxyz", x: 0, y: 0)
  grid.put("漢字abc", x: 1, y: 1, maxWidth: 4)
  #expect(grid.plainLines() == ["a␛[2Jxyz", " 漢字   "])
}

@Test func ansiRendererResetsEveryLine() {
  var grid = Grid(width: 3, height: 1)
  grid.put("ab", x: 0, y: 0, style: Style(.header))
  let text = ANSIRenderer.render(grid, theme: .default)
  #expect(text == "\u{1B}[0;1;36mab\u{1B}[0m \u{1B}[0m\n")
  #expect(ANSIRenderer.render(grid, theme: .monochrome) == "ab \n")
}
