extension Keymap {
  /// The wizard screen's keys: an answer's number picks it.
  public static let wizard = Keymap(
    (1...9).map { KeyBinding(.character(Character(String($0))), "choose-answer") } + [
      KeyBinding(.character("b"), "wizard-back"), KeyBinding(.backspace, "wizard-back"),
      KeyBinding(.left, "wizard-back"),
      KeyBinding(.character("s"), "wizard-skip"), KeyBinding(.right, "wizard-skip"),
      KeyBinding(.enter, "wizard-report"), KeyBinding(.character("+"), "wizard-add"),
      KeyBinding(.ctrl("c"), "cancel-job"),
    ] + screenKeys)
}
