/// A line of input being typed for a command, shown in the status line.
public struct Prompt: Equatable, Sendable {
  /// The command that runs with the text on Enter.
  public var commandID: String
  /// The question shown before the text.
  public var label: String
  /// The text typed so far.
  public var text: String = ""
  /// The texts submitted earlier at this command's prompt, oldest first, for Up and Down.
  public private(set) var history: [String] = []
  /// Which of `history` Up brought back, if any.
  private var recalled: Int?
  /// The text being typed before Up recalled an earlier one; Down past the newest brings it back.
  private var typed = ""

  /// A prompt for a command, holding `text`, with the texts submitted earlier at it.
  public init(commandID: String, label: String, text: String = "", history: [String] = []) {
    self.commandID = commandID
    self.label = label
    self.text = text
    self.history = history
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

  /// Applies a key: characters append, Backspace deletes, Ctrl-U clears, Up and Down recall
  /// earlier texts, Enter submits, Esc cancels.
  mutating func handle(_ key: Key) -> Outcome {
    switch key {
    case .up:
      recall(by: -1)
    case .down:
      recall(by: 1)
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

  /// Shows the text `step` places from the one shown in the history (-1: older); past the newest,
  /// the text that was being typed.
  private mutating func recall(by step: Int) {
    let current = recalled ?? history.count
    let target = min(max(0, current + step), history.count)
    guard target != current else { return }
    if recalled == nil { typed = text }
    recalled = target < history.count ? target : nil
    text = recalled.map { history[$0] } ?? typed
  }
}
