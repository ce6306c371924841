extension Keymap {
  /// The projection screen's keys.
  public static let projection = Keymap(
    [
      KeyBinding(.character("t"), "projection-toggle-method"),
      KeyBinding(.character("o"), "projection-cycle-colour"),
      KeyBinding(.character("C"), "projection-choose-columns"),
      KeyBinding(.ctrl("c"), "projection-stop"),
      KeyBinding(.left, "projection-cursor-left"), KeyBinding(.character("h"), "projection-cursor-left"),
      KeyBinding(.right, "projection-cursor-right"), KeyBinding(.character("l"), "projection-cursor-right"),
      KeyBinding(.up, "projection-cursor-up"), KeyBinding(.character("k"), "projection-cursor-up"),
      KeyBinding(.down, "projection-cursor-down"), KeyBinding(.character("j"), "projection-cursor-down"),
      KeyBinding(.enter, "projection-go-to-row"),
    ] + screenKeys)

  /// The projection's column chooser's keys.
  public static let columnChooser = Keymap([
    KeyBinding(.down, "chooser-down"), KeyBinding(.character("j"), "chooser-down"),
    KeyBinding(.up, "chooser-up"), KeyBinding(.character("k"), "chooser-up"),
    KeyBinding(.character(" "), "chooser-toggle"), KeyBinding(.enter, "chooser-apply"),
    KeyBinding(.escape, "chooser-cancel"), KeyBinding(.character("q"), "chooser-cancel"),
    KeyBinding(.character("C"), "chooser-cancel"), KeyBinding(.ctrl("c"), "projection-stop"),
  ])
}
