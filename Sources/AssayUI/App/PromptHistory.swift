/// The texts typed at each command's prompt this session, for Up and Down there, and the text a
/// command failed with, which its prompt opens holding so it can be corrected.
public struct PromptHistory: Sendable, Equatable {
  /// Submitted texts by command id, oldest first.
  private var submitted: [String: [String]] = [:]
  /// By command id: the text its last run failed with.
  private var failed: [String: String] = [:]

  /// An empty history.
  public init() {}

  /// Keeps a submitted text (once when submitted twice in a row); a failure before it is forgotten.
  mutating func record(_ text: String, for commandID: String) {
    failed[commandID] = nil
    guard !text.isEmpty, submitted[commandID]?.last != text else { return }
    submitted[commandID, default: []].append(text)
  }

  /// Notes that the command failed with `text`: its prompt opens holding it.
  mutating func keepFailed(_ text: String, for commandID: String) { failed[commandID] = text }

  /// The command's prompt: holding the text it last failed with, if any, with its earlier texts
  /// for Up and Down.
  func prompt(commandID: String, label: String) -> Prompt {
    Prompt(
      commandID: commandID, label: label, text: failed[commandID] ?? "", history: submitted[commandID] ?? [])
  }
}
