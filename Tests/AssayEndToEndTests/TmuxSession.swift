import Foundation

/// A private tmux server with one window of a fixed size, for driving the real binary the way a person
/// does: type keys, read the screen. Each session has its own socket and is killed by `close()`.
final class TmuxSession {
  private let socket: String
  private(set) var closed = false

  /// Starts a shell in a detached window of `width`×`height` with a UTF-8 locale.
  init(width: Int, height: Int) throws {
    socket = "assay-test-\(getpid())-\(UUID().uuidString.prefix(8))"
    try tmux([
      "-f", "/dev/null", "new-session", "-d", "-x", String(width), "-y", String(height), "-s", "main",
      "env", "-u", "NO_COLOR", "LANG=C.UTF-8", "LC_ALL=C.UTF-8", "PS1=$ ", "sh",
    ])
  }

  /// Types a line into the shell and presses Enter.
  func typeLine(_ line: String) throws {
    try tmux(["send-keys", "-t", "main", "-l", line])
    try tmux(["send-keys", "-t", "main", "Enter"])
  }

  /// Sends tmux key names (`G`, `q`, `Down`, `C-c`).
  func press(_ keys: String...) throws {
    try press(keys: keys)
  }

  /// Sends send-keys arguments: key names, or `-H` and bytes in hex (a mouse report).
  func press(keys: [String]) throws {
    try tmux(["send-keys", "-t", "main"] + keys)
  }

  /// Resizes the window, as a person dragging the terminal's corner does.
  func resize(width: Int, height: Int) throws {
    try tmux(["resize-window", "-t", "main", "-x", String(width), "-y", String(height)])
  }

  /// The visible screen, one string per row.
  func screen() throws -> [String] {
    try tmux(["capture-pane", "-p", "-t", "main"]).components(separatedBy: "\n")
  }

  /// The visible screen as the terminal would show it: with the escape sequences of its colours
  /// and attributes (tmux writes SGR sequences only; anything else marks bytes that went astray).
  func screenWithEscapes() throws -> String {
    try tmux(["capture-pane", "-e", "-p", "-t", "main"])
  }

  /// A tmux format expanded for the pane (`#{alternate_on}`, `#{pane_pid}`), without the line end.
  func display(_ format: String) throws -> String {
    String(try tmux(["display-message", "-p", "-t", "main", format]).dropLast())
  }

  /// Closes the pane, as closing a terminal window does: its processes get SIGHUP.
  func killPane() throws {
    try tmux(["kill-pane", "-t", "main"])
  }

  /// True while the program in the window uses the alternate screen (as a full-screen program does).
  func alternateScreenOn() throws -> Bool {
    try tmux(["display-message", "-p", "-t", "main", "#{alternate_on}"]).hasPrefix("1")
  }

  /// Waits up to `seconds` for the screen to satisfy `condition`; returns the last screen seen.
  @discardableResult
  func waitForScreen(seconds: Double = 20, _ condition: ([String]) -> Bool) throws -> [String] {
    let deadline = Date().addingTimeInterval(seconds)
    var last = try screen()
    while !condition(last) && Date() < deadline {
      usleep(50_000)
      last = try screen()
    }
    return last
  }

  /// `waitForScreen`, sleeping between looks without holding a thread: for the long waits, so that
  /// other tests' asynchronous work goes on meanwhile.
  @discardableResult
  func waitForScreen(seconds: Double = 20, sleeping: Void, _ condition: ([String]) -> Bool) async throws
    -> [String]
  {
    let deadline = Date().addingTimeInterval(seconds)
    var last = try screen()
    while !condition(last) && Date() < deadline {
      try await Task.sleep(for: .milliseconds(50))
      last = try screen()
    }
    return last
  }

  /// Kills the session's server and every process in it.
  func close() {
    guard !closed else { return }
    closed = true
    _ = try? tmux(["kill-server"])
  }

  deinit { close() }

  /// glibc's `posix_spawn_file_actions_addclosefrom_np`, which its Swift module does not declare;
  /// nil on a glibc without it.
  private static let closeFrom:
    (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32)? = dlsym(
      UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np"
    ).map {
      unsafeBitCast(
        $0, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32).self)
    }

  @discardableResult
  private func tmux(_ arguments: [String]) throws -> String {
    // posix_spawn and waitpid rather than Foundation's Process: the first command starts the tmux
    // server, a daemon that would keep the descriptors Process watches for the child's exit, so
    // Process would wait for the server to end. Output goes to a file read after the client exits.
    let capture = FileManager.default.temporaryDirectory.appendingPathComponent(
      "\(socket)-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: capture) }
    let argv = ["tmux", "-L", socket] + arguments
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, capture.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    // Nothing else of this process may reach the server: other tests' Process objects watch
    // descriptors of their own for their child's exit, and a daemon holding them would stall those.
    // Marking them close-on-exec, rather than listing close actions, cannot fail when another
    // thread closes one of them before the spawn.
    for descriptor in Self.openDescriptors() where descriptor > 2 {
      _ = fcntl(descriptor, F_SETFD, fcntl(descriptor, F_GETFD) | FD_CLOEXEC)
    }
    // A descriptor another thread opens after that marking (a Process's pipe) would still reach the
    // server: where glibc has it (2.34 on), the child closes every descriptor above 2 as it starts.
    if let closeFrom = Self.closeFrom { _ = closeFrom(&actions, 3) }
    var cArguments = argv.map { strdup($0) } + [nil]
    defer { for pointer in cArguments { free(pointer) } }
    var pid: pid_t = 0
    // The tmux server inherits this thread's signal mask, and test threads block SIGTERM, which
    // `kill-server` sends the server to stop it: start every tmux with no signal blocked or ignored.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGPIPE, SIGCHLD] { sigaddset(&defaults, signal) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    guard posix_spawnp(&pid, "tmux", &actions, &attributes, &cArguments, environ) == 0 else {
      throw TmuxFailure(arguments: arguments, status: -1)
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    guard exitStatus == 0 || arguments.first == "kill-server" else {
      throw TmuxFailure(arguments: arguments, status: exitStatus)
    }
    return (try? String(contentsOf: capture, encoding: .utf8)) ?? ""
  }
}

extension TmuxSession {
  /// The descriptors this process has open now, from `/proc/self/fd`.
  fileprivate static func openDescriptors() -> [Int32] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
    return names.compactMap { Int32($0) }
  }
}

/// A tmux command that failed.
struct TmuxFailure: Error, CustomStringConvertible {
  var arguments: [String]
  var status: Int32
  var description: String { "tmux \(arguments.joined(separator: " ")) exited with \(status)" }
}
