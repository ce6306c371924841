extension Keymap {
  /// The report screen's keys: less habits.
  public static let report = Keymap(
    [
      KeyBinding(.down, "scroll-down"), KeyBinding(.character("j"), "scroll-down"),
      KeyBinding(.up, "scroll-up"), KeyBinding(.character("k"), "scroll-up"),
      KeyBinding(.pageDown, "scroll-page-down"), KeyBinding(.character(" "), "scroll-page-down"),
      KeyBinding(.ctrl("f"), "scroll-page-down"),
      KeyBinding(.pageUp, "scroll-page-up"), KeyBinding(.ctrl("b"), "scroll-page-up"),
      KeyBinding(.character("g"), "scroll-top"), KeyBinding(.home, "scroll-top"),
      KeyBinding(.character("G"), "scroll-bottom"), KeyBinding(.end, "scroll-bottom"),
      KeyBinding(.right, "scroll-right"), KeyBinding(.character("l"), "scroll-right"),
      KeyBinding(.left, "scroll-left"), KeyBinding(.character("h"), "scroll-left"),
      KeyBinding(.ctrl("c"), "cancel-job"),
    ] + screenKeys)
}
