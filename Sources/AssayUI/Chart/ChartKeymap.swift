extension Keymap {
  /// The chart screen's keys.
  public static let chart = Keymap(
    [
      KeyBinding(.character("c"), "chart-cycle-canvas"),
      KeyBinding(.character("b"), "chart-fewer-bins"), KeyBinding(.character("B"), "chart-more-bins"),
      KeyBinding(.character("r"), "chart-cycle-bin-rule"),
      KeyBinding(.character("L"), "chart-log-scale"), KeyBinding(.character("v"), "chart-vertical"),
      KeyBinding(.character("o"), "chart-cycle-colour"),
      KeyBinding(.character("e"), "chart-cycle-period"),
      KeyBinding(.character("a"), "chart-cycle-resampling"),
      KeyBinding(.ctrl("c"), "cancel-job"),
    ] + screenKeys)
}
