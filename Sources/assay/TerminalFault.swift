import AssayCore
import AssayGrid
import AssayUI
import Foundation

/// A test hook for the ways out of the table view that a person cannot cause on purpose: with
/// `ASSAY_TEST_FAULT=throw` the terminal throws an error, and with `ASSAY_TEST_FAULT=trap` the
/// program stops on a runtime trap, once the first frame is drawn. The end-to-end tests use it to
/// check that the terminal is restored on those paths too. It wraps the terminal only when the
/// variable is set, so a normal session runs exactly the code it runs without it.
enum TerminalFault: String {
  case `throw`, trap

  /// The fault the environment asks for, if any.
  static var requested: TerminalFault? {
    ProcessInfo.processInfo.environment["ASSAY_TEST_FAULT"].flatMap(TerminalFault.init(rawValue:))
  }
}

/// A terminal that draws through another and then fails as its `TerminalFault` says, at the first
/// read of an event after a frame has been drawn.
struct FaultingTerminal<Wrapped: Terminal>: Terminal {
  /// The terminal drawn on.
  var wrapped: Wrapped
  /// How to fail.
  let fault: TerminalFault
  private var drawn = false

  /// Wraps `wrapped`, to fail as `fault` says.
  init(_ wrapped: Wrapped, fault: TerminalFault) {
    self.wrapped = wrapped
    self.fault = fault
  }

  /// The wrapped terminal's size.
  var size: Size { wrapped.size }

  /// Draws on the wrapped terminal.
  mutating func draw(_ grid: Grid) throws {
    try wrapped.draw(grid)
    drawn = true
  }

  /// Fails once a frame is on screen; before that, reads from the wrapped terminal.
  mutating func nextEvent(timeoutMilliseconds: Int) throws -> Event? {
    guard drawn else { return try wrapped.nextEvent(timeoutMilliseconds: timeoutMilliseconds) }
    switch fault {
    case .throw: throw AssayError(message: "the terminal failed (ASSAY_TEST_FAULT=throw)")
    // Deliberate, and reached only through the environment variable, never from data: the trap
    // is the exit path this hook exists to test.
    case .trap: fatalError("ASSAY_TEST_FAULT=trap")
    }
  }
}
