import AssayCore

/// The help sheet: one row per command of a screen, with the keys that run it.
enum HelpSheet {
  /// The sheet's title in the breadcrumb.
  static let title = "help"

  /// What runs the mouse's commands, which no key is bound to.
  static let mouseLabels = ["click-cell": "mouse click", "wheel-rows": "mouse wheel"]

  /// A sheet listing `commands` in order, with their keys from `keymap` (or what the mouse does;
  /// "" when unbound).
  static func make(commands: [Command], keymap: Keymap) -> Sheet {
    let keys = commands.map { command in
      let bound = keymap.keys(for: command.id).map(\.label).joined(separator: " ")
      return Value.string(bound.isEmpty ? mouseLabels[command.id] ?? "" : bound)
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
