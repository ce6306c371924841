import Foundation
import Testing

@Suite("every way out of the table view gives the terminal back") struct ExitPathTests {
  @Test func qQuits() throws {
    let tmux = try TmuxSession(width: 100, height: 20)
    defer { tmux.close() }
    let pane = PaneRestoration(tmux: tmux)
    let pid = try pane.start("sampledata/iris.csv", waitingFor: "1/150")
    try tmux.press("q")
    #expect(try pane.expectRestored(pid: pid) == 0)
  }

  @Test func ctrlCStopsTheLoadThenASecondCtrlCQuits() throws {
    let fifo = try temporaryFile(named: "placeholder", bytes: []) + ".fifo"
    #expect(mkfifo(fifo, 0o600) == 0)
    defer { unlink(fifo) }
    let tmux = try TmuxSession(width: 100, height: 20)
    defer { tmux.close() }
    // The writer sends 8 MB (the stream is parsed in chunks of 4 MB), then keeps the pipe open,
    // so the load runs until Ctrl-C stops it.
    try tmux.typeLine("(echo a,b; yes 1,2 | head -n 2000000; sleep 60) > '\(fifo)' &")
    let pane = PaneRestoration(tmux: tmux)
    let pid = try pane.start("'\(fifo)'", waitingFor: "row 1/")
    try tmux.press("C-c")
    let stopped = try tmux.waitForScreen { $0.contains { $0.contains("load stopped at") } }
    #expect(stopped.contains { $0.contains("load stopped at") }, "\(stopped)")
    #expect(try tmux.alternateScreenOn(), "the first Ctrl-C only stops the load")
    try tmux.press("C-c")
    #expect(try pane.expectRestored(pid: pid) == 0)
  }

  /// SIGTERM (`kill`, a shutdown) and SIGHUP (the SSH link dropped) to the running process.
  @Test(arguments: [SIGTERM, SIGHUP]) func aSignalEndsItAndRestores(signal: Int32) throws {
    let tmux = try TmuxSession(width: 100, height: 20)
    defer { tmux.close() }
    let pane = PaneRestoration(tmux: tmux)
    let pid = try pane.start("sampledata/iris.csv", waitingFor: "1/150")
    #expect(kill(try #require(pid), signal) == 0)
    #expect(try pane.expectRestored(pid: pid) == 128 + Int(signal))
  }

  @Test func closingThePaneEndsTheProcess() throws {
    let tmux = try TmuxSession(width: 100, height: 20)
    defer { tmux.close() }
    let pane = PaneRestoration(tmux: tmux)
    let pid = try pane.start("sampledata/iris.csv", waitingFor: "1/150")
    let shell = try #require(pid_t(try tmux.display("#{pane_pid}")))
    try tmux.killPane()
    #expect(PaneRestoration.isGone(try #require(pid)), "assay ends when its terminal goes away")
    #expect(PaneRestoration.isGone(shell))
  }

  @Test func aThrownErrorIsOneLineAfterTheTerminalIsRestored() throws {
    let tmux = try TmuxSession(width: 100, height: 20)
    defer { tmux.close() }
    let pane = PaneRestoration(tmux: tmux)
    let pid = try pane.start(
      "sampledata/iris.csv", environment: "ASSAY_TEST_FAULT=throw", waitingFor: "exit=")
    #expect(try pane.expectRestored(pid: pid) == 1)
    #expect(try tmux.screen().contains("assay: the terminal failed (ASSAY_TEST_FAULT=throw)"))
  }

  @Test func aRuntimeTrapRestoresTheTerminal() throws {
    let tmux = try TmuxSession(width: 100, height: 20)
    defer { tmux.close() }
    let pane = PaneRestoration(tmux: tmux)
    let pid = try pane.start(
      "sampledata/iris.csv", environment: "ASSAY_TEST_FAULT=trap SWIFT_BACKTRACE=enable=no",
      waitingFor: "exit=")
    let status = try #require(try pane.expectRestored(pid: pid))
    #expect([SIGILL, SIGTRAP].map { 128 + Int($0) }.contains(status), "ended by the trap: \(status)")
  }
}
