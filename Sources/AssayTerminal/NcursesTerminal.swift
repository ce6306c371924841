import AssayCore
import AssayGrid
import AssayUI
import CNcurses

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The real terminal, through ncursesw: draws only the cells that changed since the last frame,
/// reads keys (Ctrl-C arrives as a key: the terminal is in raw mode), resizes and mouse actions,
/// and restores the terminal on `close()`, deinit, exit, and fatal signals.
public final class NcursesTerminal: Terminal {
  private let screen: OpaquePointer
  private let ownedFiles: [UnsafeMutablePointer<FILE>]
  private let attributes: CursesAttributes
  private var previous: Grid?
  private var isOpen = true
  /// The descriptor keys are read from, watched for the terminal hanging up.
  private var inputDescriptor: Int32 = STDIN_FILENO
  /// The first code point of a cell and its terminating zero, for `setcchar`.
  private var characters: [wchar_t] = [0, 0]

  /// Starts curses on the controlling terminal, coloured by `theme` when the terminal has colours.
  /// When stdin or stdout is not a terminal (data piped in, output redirected), `/dev/tty` is used.
  /// With `mouse`, clicks and the wheel are reported as events.
  public init(theme: Theme, mouse: Bool = false) throws {
    setlocale(LC_ALL, "")
    var owned: [UnsafeMutablePointer<FILE>] = []
    func terminalFile(_ descriptor: Int32, standard: UnsafeMutablePointer<FILE>?, mode: String)
      -> UnsafeMutablePointer<FILE>?
    {
      if isatty(descriptor) != 0 { return standard }
      let file = fopen("/dev/tty", mode)
      if let file { owned.append(file) }
      return file
    }
    let input = terminalFile(STDIN_FILENO, standard: assay_stdin(), mode: "r")
    let output = terminalFile(STDOUT_FILENO, standard: assay_stdout(), mode: "w")
    TerminalRestorer.install()
    guard let input, let output, let screen = newterm(nil, output, input) else {
      TerminalRestorer.endAndUninstall()
      for file in owned { fclose(file) }
      throw AssayError(
        message:
          "cannot start the terminal interface (TERM=\(getenv("TERM").map { String(cString: $0) } ?? "unset"))",
        hint: "run it in a terminal, or use `assay chart` for text output")
    }
    TerminalRestorer.markActive(output: fileno(output))
    self.screen = screen
    inputDescriptor = fileno(input)
    ownedFiles = owned
    raw()
    noecho()
    nonl()
    keypad(assay_stdscr(), true)
    curs_set(0)
    set_escdelay(25)
    if mouse {
      mousemask(assay_all_mouse_events(), nil)
      mouseinterval(0)
    }
    attributes = CursesAttributes(theme: theme)
  }

  deinit { close() }

  /// Ends curses and gives the terminal back as it was; later calls do nothing.
  public func close() {
    guard isOpen else { return }
    isOpen = false
    TerminalRestorer.endAndUninstall()
    delscreen(screen)
    for file in ownedFiles { fclose(file) }
  }

  /// The terminal's size in cells.
  public var size: Size { Size(width: Int(assay_cols()), height: Int(assay_lines())) }

  /// Draws the cells that differ from the last frame (all of them after a resize), then refreshes.
  public func draw(_ grid: Grid) throws {
    guard isOpen else { return }
    let window = assay_stdscr()
    let old = previous.flatMap { $0.width == grid.width && $0.height == grid.height ? $0 : nil }
    if old == nil {
      werase(window)
      clearok(window, true)
    }
    var cell = cchar_t()
    for y in 0..<grid.height {
      for x in 0..<grid.width {
        let index = y * grid.width + x
        let new = grid.cells[index]
        if new.isContinuation || old?.cells[index] == new { continue }
        set(&cell, to: new)
        mvwadd_wch(window, Int32(y), Int32(x), &cell)
      }
    }
    wnoutrefresh(window)
    doupdate()
    previous = grid
  }

  /// The next key, resize or mouse action, waiting at most `timeoutMilliseconds` (0: just look).
  public func nextEvent(timeoutMilliseconds: Int) throws -> Event? {
    guard isOpen else { return nil }
    let window = assay_stdscr()
    wtimeout(window, Int32(clamping: timeoutMilliseconds))
    var code: wint_t = 0
    let result = wget_wch(window, &code)
    if result == assay_err() {
      try checkStillConnected()
      return nil
    }
    guard result == KEY_CODE_YES else { return Key(typed: UInt32(code)).map(Event.key) }
    switch Int32(code) {
    case assay_key_resize():
      previous = nil
      return .resize(size)
    case assay_key_mouse():
      return mouseEvent()
    case let keyCode:
      return KeyDecoding.keyCode(keyCode).map(Event.key)
    }
  }

  /// Throws when the terminal has hung up (its window was closed, the SSH link dropped), so the
  /// program ends instead of polling a terminal that will never send another key.
  private func checkStillConnected() throws {
    var watched = pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0)
    guard poll(&watched, 1, 0) == 1 else { return }
    if Int32(watched.revents) & (POLLHUP | POLLERR | POLLNVAL) != 0 {
      throw AssayError(message: "the terminal closed")
    }
  }

  private func mouseEvent() -> Event? {
    var event = MEVENT()
    guard getmouse(&event) != assay_err() else { return nil }
    let action: MouseEvent.Action
    if event.bstate & assay_wheel_up() != 0 {
      action = .wheelUp
    } else if assay_wheel_down() != 0, event.bstate & assay_wheel_down() != 0 {
      action = .wheelDown
    } else if event.bstate & assay_button1_pressed() != 0 {
      action = .press
    } else {
      return nil
    }
    return .mouse(MouseEvent(action: action, x: Int(event.x), y: Int(event.y)))
  }

  /// Fills a curses wide-character cell from a grid cell: the grapheme's code points, attributes,
  /// pair. `setcchar` keeps only non-spacing marks after the first code point, so the others of a
  /// cluster (an emoji's skin tone, the people a U+200D joins) are put in the cell's characters
  /// directly: curses writes every one the cell holds, in one go. Curses moves on by the first
  /// code point's width, so a cluster the grid gives another width (a flag, ☝🏽, whose first code
  /// point the C library counts one column wide) keeps only that code point, as curses counts it.
  private func set(_ target: inout cchar_t, to cell: Cell) {
    var scalars = cell.scalars(fitting: Int(CCHARW_MAX))
    characters[0] = scalars.first.map { wchar_t(bitPattern: $0.value) } ?? 0
    characters[1] = 0
    if scalars.count > 1, Int(assay_wcwidth(characters[0])) != DisplayWidth.of(cell.character) {
      scalars = Array(scalars.prefix(1))
    }
    let (attributes, pair) = attributes.attributes(for: cell.style)
    setcchar(&target, characters, attributes, pair, nil)
    withUnsafeMutableBytes(of: &target.chars) { raw in
      let cellCharacters = raw.bindMemory(to: wchar_t.self)
      for index in cellCharacters.indices {
        cellCharacters[index] = index < scalars.count ? wchar_t(bitPattern: scalars[index].value) : 0
      }
    }
  }
}
