extension Keymap {
  /// The chart screen's keys.
  public static let chart = Keymap(
    [
      KeyBinding(.character("c"), "chart-cycle-canvas"),
      KeyBinding(.character("b"), "chart-fewer-bins"), KeyBinding(.character("B"), "chart-more-bins"),
      KeyBinding(.character("r"), "chart-cycle-bin-rule"),
      KeyBinding(.character("L"), "chart-log-scale"), KeyBinding(.character("v"), "chart-vertical"),
      KeyBinding(.character("o"), "chart-cycle-colour"),
      KeyBinding(.ctrl("c"), "cancel-job"),
    ] + screenKeys)

  /// The wizard screen's keys: an answer's number picks it.
  public static let wizard = Keymap(
    (1...9).map { KeyBinding(.character(Character(String($0))), "choose-answer") } + [
      KeyBinding(.character("b"), "wizard-back"), KeyBinding(.backspace, "wizard-back"),
      KeyBinding(.left, "wizard-back"),
      KeyBinding(.character("s"), "wizard-skip"), KeyBinding(.right, "wizard-skip"),
      KeyBinding(.enter, "wizard-report"),
    ] + screenKeys)

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
    ] + screenKeys)

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

  /// Help and back, on every screen that is not a table.
  private static let screenKeys = [
    KeyBinding(.character("?"), "screen-help"), KeyBinding(.function(1), "screen-help"),
    KeyBinding(.character("q"), "close-screen"), KeyBinding(.escape, "close-screen"),
  ]
}
