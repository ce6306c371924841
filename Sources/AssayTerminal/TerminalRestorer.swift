import CNcurses

/// Restores the terminal on every way out of the process: `close()`, normal exit, SIGTERM,
/// SIGHUP, SIGINT, SIGQUIT and crash signals (SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE).
/// The handlers are C functions in the CNcurses shim, which says what in them is async-signal-safe:
/// flag, `sigaction`, `dup2` and `raise` are; `endwin` is not, and is called once anyway as the
/// process dies, after which the terminal's descriptor is pointed at /dev/null so that no other
/// thread writes to the terminal again.
/// This is the only file that may call the shim's restore functions (they keep state in the header).
enum TerminalRestorer {
  /// Installs the handlers and the exit hook; call before curses starts.
  static func install() { assay_install_restore_handlers() }

  /// Tells the handlers that curses is running on the terminal written through the `output`
  /// descriptor and must be ended.
  static func markActive(output: Int32) { assay_mark_curses_active(output) }

  /// Ends curses if it is running (at most once over all callers), and puts the old handlers back.
  static func endAndUninstall() {
    assay_end_curses_once()
    assay_remove_restore_handlers()
  }
}
