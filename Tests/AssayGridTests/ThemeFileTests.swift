import AssayGrid
import Foundation
import Testing

private let themesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("themes")

@Test func shippedThemeFilesMatchTheBuiltInThemes() throws {
  for builtIn in [Theme.default, Theme.monochrome] {
    let path = themesFolder.appendingPathComponent(builtIn.name + ".theme").path
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(try ThemeFile.parse(text, name: builtIn.name, source: path) == builtIn)
  }
}

@Test func themeErrorsNameTheLine() {
  #expect(throws: Error.self) {
    try ThemeFile.parse("header cyan\nheadr red\n", name: "x", source: "x.theme")
  }
  do {
    _ = try ThemeFile.parse("header cyan\ncursor black purple\n", name: "x", source: "x.theme")
    Issue.record("an unknown colour must be refused")
  } catch {
    #expect("\(error)".hasPrefix("x.theme:2: unknown colour 'purple'"))
  }
}

@Test func theCompiledInThemesAreTheThemeFilesByteForByte() throws {
  let files = try FileManager.default.contentsOfDirectory(atPath: themesFolder.path)
  #expect(files.sorted() == BuiltInThemes.files.map { $0.name + ".theme" }.sorted())
  for builtIn in BuiltInThemes.files {
    let file = try Data(contentsOf: themesFolder.appendingPathComponent(builtIn.name + ".theme"))
    #expect(file == Data(builtIn.text.utf8), "themes/\(builtIn.name).theme differs from BuiltInThemes")
  }
  #expect(try BuiltInThemes.theme(named: "default") == Theme.default)
  #expect(try BuiltInThemes.theme(named: "sepia") == nil)
}
