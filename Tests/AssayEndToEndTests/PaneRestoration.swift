import Foundation
import Testing

/// Checks that a program run in a tmux pane gave the terminal back as it found it.
struct PaneRestoration {
  /// The tmux flags of a pane that no full-screen program holds: normal screen, visible cursor,
  /// keypad and mouse reporting off.
  static let restoredFlags = [
    "alternate_on": "0", "cursor_flag": "1", "keypad_flag": "0", "keypad_cursor_flag": "0",
    "mouse_any_flag": "0", "mouse_standard_flag": "0", "mouse_button_flag": "0", "mouse_all_flag": "0",
    "mouse_sgr_flag": "0",
  ]

  let tmux: TmuxSession
  /// A file prefix for the tty settings saved before and after the run.
  let settings = NSTemporaryDirectory() + "assay-stty-\(getpid())-\(UUID().uuidString.prefix(8))"

  /// Starts `assay arguments` (after `environment` assignments) in the pane, saving the tty
  /// settings before it and after it, and waits until the screen shows `text`; returns its pid
  /// (nil when it ended before it could be seen).
  func start(_ arguments: String, environment: String = "", waitingFor text: String) throws -> pid_t? {
    try tmux.typeLine(
      "cd '\(AssayProcess.packageRoot)'; stty -g > '\(settings).before'; \(environment) '\(AssayProcess.binary)'"
        + " \(arguments); echo \"exit=$?\"; stty -g > '\(settings).after'")
    let shell = pid_t(try tmux.display("#{pane_pid}")) ?? -1
    var pid: pid_t?
    let screen = try tmux.waitForScreen {
      pid = pid ?? Self.child(of: shell, named: "assay")
      return $0.contains { $0.contains(text) } && (pid != nil || $0.contains { $0.hasPrefix("exit=") })
    }
    #expect(screen.contains { $0.contains(text) }, "\(screen)")
    return pid
  }

  /// Waits for the shell to report the exit status, then checks the pane's modes, the tty settings
  /// and that the shell runs a command; returns the status.
  @discardableResult
  func expectRestored(pid: pid_t?) throws -> Int? {
    let screen = try tmux.waitForScreen { $0.contains { $0.hasPrefix("exit=") } }
    let status = screen.first { $0.hasPrefix("exit=") }.flatMap { Int($0.dropFirst(5)) }
    #expect(status != nil, "the shell got control back: \(screen)")
    if let pid { #expect(Self.isGone(pid), "assay (\(pid)) has ended") }
    for (flag, value) in Self.restoredFlags {
      #expect(try tmux.display("#{\(flag)}") == value, "\(flag) after the exit")
    }
    try tmux.waitForScreen { _ in FileManager.default.fileExists(atPath: settings + ".after") }
    let before = try String(contentsOfFile: settings + ".before", encoding: .utf8)
    let after = try String(contentsOfFile: settings + ".after", encoding: .utf8)
    #expect(before == after, "stty settings are back")
    try tmux.typeLine("echo o''k")
    // The answer is a line of its own, or follows the prompt when the line was typed ahead of it.
    let answered = { (line: String) in line == "ok" || line == "$ ok" }
    let prompt = try tmux.waitForScreen { $0.contains(where: answered) }
    #expect(prompt.contains(where: answered), "the shell echoes: \(prompt)")
    for suffix in [".before", ".after"] { try? FileManager.default.removeItem(atPath: settings + suffix) }
    return status
  }

  /// The first child of `parent` whose command name is `name`, if one runs now.
  static func child(of parent: pid_t, named name: String) -> pid_t? {
    let pids = (try? FileManager.default.contentsOfDirectory(atPath: "/proc"))?.compactMap { pid_t($0) } ?? []
    return pids.first { parentAndName(of: $0).map { $0 == (parent, name) } == true }
  }

  /// True once `pid` has ended (it no longer exists, or is a zombie), waiting up to 10 s.
  static func isGone(_ pid: pid_t) -> Bool {
    let deadline = Date().addingTimeInterval(10)
    repeat {
      guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
      if stat.split(separator: ")").last?.split(separator: " ").first == "Z" { return true }
      usleep(50_000)
    } while Date() < deadline
    return false
  }

  private static func parentAndName(of pid: pid_t) -> (pid_t, String)? {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let open = stat.firstIndex(of: "("), let close = stat.lastIndex(of: ")")
    else { return nil }
    let fields = stat[stat.index(after: close)...].split(separator: " ")
    guard fields.count > 1, let parent = pid_t(fields[1]) else { return nil }
    return (parent, String(stat[stat.index(after: open)..<close]))
  }
}
