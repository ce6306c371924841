/// One key bound to a command id.
public struct KeyBinding: Equatable, Sendable {
  /// The key.
  public var key: Key
  /// The id of the command it runs, e.g. `"cursor-down"`.
  public var commandID: String

  /// A binding.
  public init(_ key: Key, _ commandID: String) {
    self.key = key
    self.commandID = commandID
  }
}

/// Which key runs which command on a screen. Help screens and user keymap files read it.
public struct Keymap: Equatable, Sendable {
  /// The bindings in the order they were made (help lists keys in this order).
  public private(set) var bindings: [KeyBinding]
  private var commandByKey: [Key: String]

  /// A keymap from bindings; a later binding of the same key wins.
  public init(_ bindings: [KeyBinding]) {
    self.bindings = []
    commandByKey = [:]
    for binding in bindings { bind(binding.key, to: binding.commandID) }
  }

  /// The command id a key runs, if any.
  public func commandID(for key: Key) -> String? { commandByKey[key] }

  /// The keys that run a command, in binding order.
  public func keys(for commandID: String) -> [Key] {
    bindings.filter { $0.commandID == commandID }.map(\.key)
  }

  /// Binds a key to a command, replacing what the key did before.
  public mutating func bind(_ key: Key, to commandID: String) {
    bindings.removeAll { $0.key == key }
    bindings.append(KeyBinding(key, commandID))
    commandByKey[key] = commandID
  }

  /// Removes a key's binding.
  public mutating func unbind(_ key: Key) {
    bindings.removeAll { $0.key == key }
    commandByKey[key] = nil
  }

  /// The table screen's keys: vim/less/VisiData habits.
  public static let table = Keymap([
    KeyBinding(.down, "cursor-down"), KeyBinding(.character("j"), "cursor-down"),
    KeyBinding(.up, "cursor-up"), KeyBinding(.character("k"), "cursor-up"),
    KeyBinding(.left, "cursor-left"), KeyBinding(.character("h"), "cursor-left"),
    KeyBinding(.right, "cursor-right"), KeyBinding(.character("l"), "cursor-right"),
    KeyBinding(.pageDown, "page-down"), KeyBinding(.ctrl("f"), "page-down"),
    KeyBinding(.character(" "), "page-down"),
    KeyBinding(.pageUp, "page-up"), KeyBinding(.ctrl("b"), "page-up"),
    KeyBinding(.character("g"), "go-first-row"), KeyBinding(.home, "go-first-row"),
    KeyBinding(.character("G"), "go-last-row"), KeyBinding(.end, "go-last-row"),
    KeyBinding(.character("0"), "go-first-column"), KeyBinding(.character("$"), "go-last-column"),
    KeyBinding(.character(":"), "go-row"), KeyBinding(.character("c"), "go-column"),
    KeyBinding(.character("/"), "search-column"), KeyBinding(.character("\\"), "search-all-columns"),
    KeyBinding(.character("n"), "search-next"), KeyBinding(.character("N"), "search-previous"),
    KeyBinding(.character("|"), "select-matching"), KeyBinding(.character("s"), "select-row"),
    KeyBinding(.character("U"), "clear-selection"), KeyBinding(.character("\""), "open-selection"),
    KeyBinding(.character("["), "sort-ascending"), KeyBinding(.character("]"), "sort-descending"),
    KeyBinding(.character("{"), "sort-add-ascending"), KeyBinding(.character("}"), "sort-add-descending"),
    KeyBinding(.character("="), "filter"),
    KeyBinding(.character("F"), "frequency-table"),
    KeyBinding(.character("."), "chart-column"), KeyBinding(.character("V"), "chart-column"),
    KeyBinding(.character("S"), "chart-scatter"), KeyBinding(.character("R"), "recommend-storage"),
    KeyBinding(.character("P"), "project-columns"),
    KeyBinding(.character("I"), "describe-sheet"), KeyBinding(.character("d"), "describe-sheet"),
    KeyBinding(.enter, "open-row"),
    KeyBinding(.character("-"), "hide-column"), KeyBinding(.character("!"), "pin-column"),
    KeyBinding(.character("_"), "fit-column"),
    KeyBinding(.ctrl("s"), "export-sheet"),
    KeyBinding(.character("?"), "show-help"), KeyBinding(.function(1), "show-help"),
    KeyBinding(.ctrl("c"), "cancel-job"),
    KeyBinding(.character("q"), "quit-sheet"),
  ])
}
