import AssayCore

/// The help sheet: one row per command of a screen, with the keys that run it.
enum HelpSheet {
  /// The sheet's title in the breadcrumb.
  static let title = "help"

  /// A sheet listing `commands` in order, with their keys from `keymap` ("" when unbound).
  static func make(commands: [Command], keymap: Keymap) -> Sheet {
    let keys = commands.map { command in
      Value.string(keymap.keys(for: command.id).map(\.label).joined(separator: " "))
    }
    let table = Table(
      name: title,
      columns: [
        Column(name: "keys", type: .string, values: keys),
        Column(name: "command", type: .string, values: commands.map { .string($0.id) }),
        Column(name: "does", type: .string, values: commands.map { .string($0.help) }),
      ])
    return Sheet(title: title, table: table)
  }
}
