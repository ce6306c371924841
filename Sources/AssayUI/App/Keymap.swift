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
}
