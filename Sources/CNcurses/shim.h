#ifndef ASSAY_CNCURSES_SHIM_H
#define ASSAY_CNCURSES_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
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
static inline attr_t assay_a_underline(void) { return A_UNDERLINE; }
static inline attr_t assay_a_reverse(void) { return A_REVERSE; }
static inline attr_t assay_a_normal(void) { return A_NORMAL; }
static inline int assay_key_resize(void) { return KEY_RESIZE; }
static inline int assay_key_mouse(void) { return KEY_MOUSE; }
static inline int assay_err(void) { return ERR; }
#endif
