import AssayCore
import Foundation

/// One command as it ran: its id and the input it was given.
public struct LoggedCommand: Equatable, Sendable {
  /// The command's id.
  public var id: String
  /// The text typed at its prompt; empty for commands without one.
  public var input: String

  /// A logged command.
  public init(id: String, input: String = "") {
    self.id = id
    self.input = input
  }
}

/// Command logs as text: one command per line, `id<TAB>input`; `#` starts a comment line.
/// In the input, a backslash escapes tab (`\t`), newline (`\n`) and itself (`\\`).
public enum CommandLog {
  /// The log as text, ending with a newline.
  public static func text(_ commands: [LoggedCommand]) -> String {
    commands.map { $0.input.isEmpty ? $0.id : $0.id + "\t" + escape($0.input) }.joined(separator: "\n") + "\n"
  }

  /// Parses a log; an unknown command names its line.
  public static func parse(_ text: String, source: String) throws -> [(line: Int, command: LoggedCommand)] {
    var commands: [(Int, LoggedCommand)] = []
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
      if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
      let parts = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
      let id = parts[0].trimmingCharacters(in: .whitespaces)
      guard CommandRegistry.command(id: id) != nil else {
        throw AssayError(
          message: "unknown command '\(id)'", location: SourceLocation(source: source, line: index + 1),
          hint: "`?` in the table view lists the command ids")
      }
      commands.append(
        (index + 1, LoggedCommand(id: id, input: parts.count > 1 ? unescape(String(parts[1])) : "")))
    }
    return commands
  }

  /// Plays commands on a state, as the keys that ran them would; a command that reports an error
  /// stops the replay with that error at its line.
  public static func replay(
    _ commands: [(line: Int, command: LoggedCommand)], on state: inout AppState, source: String
  ) throws -> [Effect] {
    var effects: [Effect] = []
    for (line, logged) in commands {
      guard let command = CommandRegistry.command(id: logged.id) else { continue }
      state.message = nil
      effects += Job.runAll(CommandRegistry.perform(command, input: logged.input, on: &state), on: &state)
      state.scrollToCursor()
      if let message = state.message, message.isError {
        // A message that already names the command (a filter's `filter:1:3: ...`) is not prefixed again.
        let named = message.text.hasPrefix("\(logged.id):") ? message.text : "\(logged.id): \(message.text)"
        throw AssayError(
          message: SafeText.visible(named), location: SourceLocation(source: source, line: line))
      }
      if effects.contains(.quit) { break }
    }
    return effects
  }

  private static func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t")
      .replacingOccurrences(of: "\n", with: "\\n")
  }

  private static func unescape(_ text: String) -> String {
    var out = ""
    var escaped = false
    for c in text {
      if escaped {
        switch c {
        case "t": out.append("\t")
        case "n": out.append("\n")
        case "\\": out.append("\\")
        default: out += "\\" + String(c)
        }
        escaped = false
      } else if c == "\\" {
        escaped = true
      } else {
        out.append(c)
      }
    }
    return out
  }
}
