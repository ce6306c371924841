import AssayCore
import AssayPrivacy
import Foundation

/// Where `assay anonymize` gets its secret key: `ASSAY_ANON_KEY` when set, else a prompt on the
/// terminal with echo off when standard input is one, else `AnonymizationKey.missing`. The key is
/// never printed, logged or written.
enum KeyPrompt {
  /// The environment variable holding the key.
  static let variable = "ASSAY_ANON_KEY"

  /// The terminal's settings before the prompt turned echo off; written before the interrupt
  /// handler that reads them is installed, and only on the main thread.
  nonisolated(unsafe) private static var beforePrompt = termios()

  /// The key from the environment or the terminal.
  static func key(environment: [String: String] = ProcessInfo.processInfo.environment) throws
    -> AnonymizationKey
  {
    if let text = environment[variable], let key = AnonymizationKey(text) { return key }
    guard isatty(STDIN_FILENO) == 1 else { throw AnonymizationKey.missing }
    FileHandle.standardError.write(Data("assay: secret key for anonymize (not shown): ".utf8))
    tcgetattr(STDIN_FILENO, &beforePrompt)
    var settings = beforePrompt
    settings.c_lflag &= ~tcflag_t(ECHO)
    // Ctrl-C at the prompt gives the terminal its echo back, and ends the prompt's line, before the
    // process ends.
    let previous = signal(SIGINT) { _ in
      tcsetattr(STDIN_FILENO, TCSANOW, &KeyPrompt.beforePrompt)
      var newline = UInt8(ascii: "\n")
      _ = write(STDERR_FILENO, &newline, 1)
      _exit(130)
    }
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &settings)
    let line = readLine(strippingNewline: true)
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &beforePrompt)
    signal(SIGINT, previous)
    FileHandle.standardError.write(Data("\n".utf8))
    guard let line, let key = AnonymizationKey(line) else {
      throw AssayError(message: "anonymize: no secret key was typed", hint: "type one, or set \(variable)")
    }
    return key
  }
}
