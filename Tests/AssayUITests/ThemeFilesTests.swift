import AssayGrid
import Foundation
import Testing

private let themesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("themes")

@Test(arguments: ["default", "light", "high-contrast", "monochrome"])
func shippedThemeParsesAndColoursTheBrowsersRoles(name: String) throws {
  let path = themesFolder.appendingPathComponent(name + ".theme").path
  let theme = try ThemeFile.parse(String(contentsOfFile: path, encoding: .utf8), name: name, source: path)
  #expect(theme.name == name)
  guard theme.usesColor else {
    #expect(name == "monochrome")
    return
  }
  for role in [Role.header, .cursor, .selection, .null, .number, .string, .axis, .error, .series1, .series8] {
    #expect(theme.colors[role] != nil, "\(name) leaves \(role) to the terminal")
  }
  #expect(theme.colors(for: .cursor) != theme.colors(for: .selection), "cursor and selection look different")
}
