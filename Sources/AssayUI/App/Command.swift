/// A named action on the app state: what keys run, help lists, and a command log replays.
public struct Command: Sendable {
  /// Stable id, e.g. `"cursor-down"`; keymaps bind keys to it and command logs name it.
  public let id: String
  /// One line saying what it does, for help.
  public let help: String
  /// The question asked for the command's input (a pattern, an expression, a file name);
  /// nil for commands that take none.
  public let prompt: String?
  /// True when the command's input is the label of the key that ran it (`3` for an answer's number).
  public let readsKey: Bool
  /// The action, given the input (empty for commands without a prompt); returns what the run loop must do.
  public let run: @Sendable (inout AppState, String) -> [Effect]

  /// A command that takes no input.
  public init(id: String, help: String, run: @escaping @Sendable (inout AppState) -> [Effect]) {
    self.id = id
    self.help = help
    prompt = nil
    readsKey = false
    self.run = { state, _ in run(&state) }
  }

  /// A command whose input is the label of the key pressed, so one command serves several keys.
  public init(
    id: String, help: String, readsKey: Bool, run: @escaping @Sendable (inout AppState, String) -> [Effect]
  ) {
    self.id = id
    self.help = help
    prompt = nil
    self.readsKey = readsKey
    self.run = run
  }

  /// A command that asks for a line of input first.
  public init(
    id: String, help: String, prompt: String, run: @escaping @Sendable (inout AppState, String) -> [Effect]
  ) {
    self.id = id
    self.help = help
    self.prompt = prompt
    readsKey = false
    self.run = run
  }
}
