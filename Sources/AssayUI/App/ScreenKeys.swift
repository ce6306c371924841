extension Keymap {
  /// Help and back, on every screen that is not a table.
  static let screenKeys = [
    KeyBinding(.character("?"), "screen-help"), KeyBinding(.function(1), "screen-help"),
    KeyBinding(.character("q"), "close-screen"), KeyBinding(.escape, "close-screen"),
  ]
}
