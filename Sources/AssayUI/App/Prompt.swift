/// A line of input being typed for a command, shown in the status line.
public struct Prompt: Equatable, Sendable {
  /// The command that runs with the text on Enter.
  public var commandID: String
  /// The question shown before the text.
  public var label: String
  /// The text typed so far.
  public var text: String = ""

  /// A prompt for a command.
  public init(commandID: String, label: String, text: String = "") {
    self.commandID = commandID
    self.label = label
    self.text = text
  }

  /// What a key does to the prompt: edits the text, or ends it.
  enum Outcome: Equatable {
    /// Still typing.
    case editing
    /// Enter: run the command with the text.
    case submitted
    /// Escape or Ctrl-C: forget it.
    case cancelled
  }

  /// Applies a key: characters append, Backspace deletes, Ctrl-U clears, Enter submits, Esc cancels.
  mutating func handle(_ key: Key) -> Outcome {
    switch key {
    case .character(let c):
      text.append(c)
    case .tab:
      text.append("\t")
    case .backspace:
      if !text.isEmpty { text.removeLast() }
    case .ctrl("u"):
      text = ""
    case .enter:
      return .submitted
    case .escape, .ctrl("c"), .ctrl("g"):
      return .cancelled
    default:
      break
    }
    return .editing
  }
}
