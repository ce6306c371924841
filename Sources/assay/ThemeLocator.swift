import AssayCore
import AssayGrid
import Foundation

/// Finds theme files by name or path, and the user's config file.
enum ThemeLocator {
  /// The user's config directory for Assay: `$XDG_CONFIG_HOME/assay` or `~/.config/assay`.
  static var configDirectory: String {
    let environment = ProcessInfo.processInfo.environment
    if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/assay" }
    return NSHomeDirectory() + "/.config/assay"
  }

  /// Folders searched for `NAME.theme`, in order: the config directory's `themes`,
  /// `<executable dir>/../share/assay/themes`, then `themes/` in the executable's folder or above it.
  static var searchFolders: [String] {
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var folder = executable.deletingLastPathComponent()
    var folders = [configDirectory + "/themes", folder.appendingPathComponent("../share/assay/themes").path]
    while folder.path != "/" {
      folders.append(folder.appendingPathComponent("themes").path)
      folder.deleteLastPathComponent()
    }
    return folders
  }

  /// The theme a name or path names: a file found in the search folders first, else the theme of that
  /// name compiled into Assay.
  static func theme(named name: String) throws -> Theme {
    let isPath = name.contains("/") || name.hasSuffix(".theme")
    let candidates = isPath ? [name] : searchFolders.map { "\($0)/\(name).theme" }
    for path in candidates where FileManager.default.fileExists(atPath: path) {
      let text = try String(contentsOfFile: path, encoding: .utf8)
      let themeName = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
      return try ThemeFile.parse(text, name: themeName, source: path)
    }
    if let builtIn = try BuiltInThemes.theme(named: name) { return builtIn }
    let names = BuiltInThemes.files.map(\.name).joined(separator: ", ")
    throw AssayError(message: "no theme named '\(name)'", hint: "themes are \(names), or a .theme file path")
  }
}

/// The user's settings from `<config dir>/config`: `key = value` lines, `#` comments.
/// Keys: `theme` (a name or path), `keymap` (a keymap file path).
struct UserConfig {
  var theme: String?
  var keymap: String?

  /// The settings in the config file, or none when there is no file.
  static func load() throws -> UserConfig {
    let path = ThemeLocator.configDirectory + "/config"
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return UserConfig() }
    var config = UserConfig()
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
      guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
      let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
      let location = SourceLocation(source: path, line: index + 1)
      guard parts.count == 2 else {
        throw AssayError(message: "expected 'key = value'", location: location, hint: "write: theme = light")
      }
      switch parts[0] {
      case "theme": config.theme = parts[1]
      case "keymap": config.keymap = parts[1]
      default:
        throw AssayError(
          message: "unknown setting '\(parts[0])'", location: location, hint: "settings are: theme, keymap")
      }
    }
    return config
  }
}
