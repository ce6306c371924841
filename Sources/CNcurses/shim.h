#ifndef ASSAY_CNCURSES_SHIM_H
#define ASSAY_CNCURSES_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#include <fcntl.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>

/* Macros and globals Swift cannot import, or may not touch under strict concurrency. */
static inline WINDOW *assay_stdscr(void) { return stdscr; }
static inline int assay_lines(void) { return LINES; }
static inline int assay_cols(void) { return COLS; }
static inline int assay_colors(void) { return COLORS; }
static inline int assay_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t assay_color_pair(int n) { return (attr_t)COLOR_PAIR(n); }
static inline attr_t assay_a_bold(void) { return A_BOLD; }
static inline attr_t assay_a_dim(void) { return A_DIM; }
static inline attr_t assay_a_underline(void) { return A_UNDERLINE; }
static inline attr_t assay_a_reverse(void) { return A_REVERSE; }
static inline attr_t assay_a_normal(void) { return A_NORMAL; }
static inline int assay_key_resize(void) { return KEY_RESIZE; }
static inline int assay_key_mouse(void) { return KEY_MOUSE; }
static inline int assay_err(void) { return ERR; }
/* The columns the C library (and so curses) gives a character: wcwidth, declared only under _XOPEN_SOURCE. */
int wcwidth(wchar_t c);
static inline int assay_wcwidth(wchar_t c) { return wcwidth(c); }
static inline FILE *assay_stdin(void) { return stdin; }
static inline FILE *assay_stdout(void) { return stdout; }
static inline mmask_t assay_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t assay_button1_pressed(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED; }
static inline mmask_t assay_wheel_up(void) { return BUTTON4_PRESSED; }
static inline mmask_t assay_wheel_down(void) {
#if NCURSES_MOUSE_VERSION > 1
  return BUTTON5_PRESSED;
#else
  return 0;
#endif
}

/*
 * Terminal restoration on signals. The state lives here, in C, so that the handler runs no Swift
 * code (no runtime calls, no exclusivity checks). Only one Swift file (TerminalRestorer.swift) may
 * call these: each object file that uses a static inline function gets its own copy of the state.
 *
 * Async-signal safety: setting and reading a volatile sig_atomic_t, sigaction() and raise() are
 * async-signal-safe. endwin() is NOT: it writes escape sequences with stdio and may find ncurses'
 * buffers mid-update. It is called anyway, once, because the process is about to die and a terminal
 * left in raw mode with a hidden cursor is worse than a garbled last line.
 *
 * Threads: a signal sent to the process is handled by whichever thread does not block it, usually
 * not the one that drives curses (a worker thread, which blocks such signals). That thread goes on
 * while the handler runs, and its next wgetch would send keypad mode again after endwin. So once
 * curses has ended in a handler, /dev/null is put in place of the terminal's output descriptor
 * (open, dup2 and close are async-signal-safe): whatever curses writes after that reaches no one.
 * What it sent between endwin and that moment is undone by writing keypad-off and normal-cursor
 * once more, last, through a copy of the old descriptor.
 */
#define ASSAY_RESTORE_SIGNAL_COUNT 10
static volatile sig_atomic_t assay_curses_active = 0;
static int assay_handlers_installed = 0;
/* The descriptor curses writes the terminal through, -1 until curses starts. */
static inline volatile sig_atomic_t *assay_terminal_output(void) {
  static volatile sig_atomic_t descriptor = -1;
  return &descriptor;
}
/* The handlers that were installed before ours, one per signal above. */
static inline struct sigaction *assay_previous_action(int index) {
  static struct sigaction actions[ASSAY_RESTORE_SIGNAL_COUNT];
  return &actions[index];
}
static const int assay_restore_signals[ASSAY_RESTORE_SIGNAL_COUNT] = {
    SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE};

/* Ends curses if it is active; returns 1 when it was. */
static inline int assay_end_curses_once(void) {
  if (!assay_curses_active) return 0;
  assay_curses_active = 0;
  endwin();
  return 1;
}

/* The terminal's keypad-off and normal-cursor sequences (terminfo rmkx and cnorm), read when curses
 * starts, for the handler to write once more after the output is silenced. */
static inline char *assay_final_sequences(void) {
  static char text[128];
  return text;
}

/* Points the terminal's output descriptor at /dev/null, so that no thread writes to it any more,
 * then writes the keypad-off and normal-cursor sequences through a copy of the old descriptor: a
 * keypad mode another thread sent between endwin and the silencing is undone (dup, dup2, write
 * and close are async-signal-safe). */
static void assay_silence_terminal_output(void) {
  int descriptor = *assay_terminal_output();
  if (descriptor < 0) return;
  int saved = dup(descriptor);
  int null = open("/dev/null", O_WRONLY);
  if (null >= 0) {
    dup2(null, descriptor);
    close(null);
  }
  if (saved < 0) return;
  const char *text = assay_final_sequences();
  size_t length = 0;
  while (length < 127 && text[length] != 0) length++;
  if (length > 0 && write(saved, text, length) < 0) { /* nothing more can be done */ }
  close(saved);
}

/* The handler: restore the terminal and silence its output (see Threads above), put back the handler that was there before (normally the
 * default one, or the runtime's crash reporter), and raise the signal again. The signal is blocked
 * while this handler runs, so it is delivered to that handler as soon as this one returns. */
static void assay_restore_and_reraise(int sig) {
  if (assay_end_curses_once()) assay_silence_terminal_output();
  for (int i = 0; i < ASSAY_RESTORE_SIGNAL_COUNT; i++) {
    if (assay_restore_signals[i] == sig) sigaction(sig, assay_previous_action(i), NULL);
  }
  raise(sig);
}

static void assay_restore_at_exit(void) { assay_end_curses_once(); }

/* Installs the handlers (before curses starts, so that ncurses keeps its hands off SIGINT/SIGTERM)
 * and an atexit hook; idempotent. */
static inline void assay_install_restore_handlers(void) {
  static int atexit_registered = 0;
  if (!atexit_registered) {
    atexit_registered = 1;
    atexit(assay_restore_at_exit);
  }
  if (assay_handlers_installed) return;
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = assay_restore_and_reraise;
  sigemptyset(&action.sa_mask);
  for (int i = 0; i < ASSAY_RESTORE_SIGNAL_COUNT; i++) {
    sigaction(assay_restore_signals[i], &action, assay_previous_action(i));
  }
  assay_handlers_installed = 1;
}

/* Marks curses as started on the terminal written through `output`: from now on the handlers and
 * the exit hook call endwin(). Reads the sequences the handler writes last. */
static inline void assay_mark_curses_active(int output) {
  char *text = assay_final_sequences();
  text[0] = 0;
  const char *names[] = {"rmkx", "cnorm"};
  for (int i = 0; i < 2; i++) {
    const char *sequence = tigetstr((NCURSES_CONST char *)names[i]);
    if (sequence == NULL || sequence == (char *)-1) continue;
    if (strlen(text) + strlen(sequence) < 128) strcat(text, sequence);
  }
  *assay_terminal_output() = output;
  assay_curses_active = 1;
}

/* Puts back the handlers that were there before install. */
static inline void assay_remove_restore_handlers(void) {
  if (!assay_handlers_installed) return;
  for (int i = 0; i < ASSAY_RESTORE_SIGNAL_COUNT; i++) {
    sigaction(assay_restore_signals[i], assay_previous_action(i), NULL);
  }
  assay_handlers_installed = 0;
}
#endif
