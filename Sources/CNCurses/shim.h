#ifndef OPSTOP_CNCURSES_SHIM_H
#define OPSTOP_CNCURSES_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#include <sys/ioctl.h>
#include <ncursesw/curses.h>

/* Hidden by Glibc's feature macros in the Swift Glibc module. */
extern int wcwidth(wchar_t c);

/* Attribute macros Swift cannot import. */
static inline attr_t opstop_a_normal(void) { return A_NORMAL; }
static inline attr_t opstop_a_bold(void) { return A_BOLD; }
static inline attr_t opstop_a_dim(void) { return A_DIM; }
static inline attr_t opstop_a_underline(void) { return A_UNDERLINE; }
static inline attr_t opstop_a_reverse(void) { return A_REVERSE; }

/* C globals that are errors under strict concurrency. */
static inline WINDOW *opstop_stdscr(void) { return stdscr; }
static inline WINDOW *opstop_curscr(void) { return curscr; }
static inline int opstop_lines(void) { return LINES; }
static inline int opstop_cols(void) { return COLS; }
static inline int opstop_colors(void) { return COLORS; }
static inline int opstop_color_pairs(void) { return COLOR_PAIRS; }
static inline int opstop_ccharw_max(void) { return CCHARW_MAX; }

static inline void opstop_getmaxyx(WINDOW *win, int *rows, int *cols) {
    int y = 0, x = 0;
    getmaxyx(win, y, x);
    *rows = y;
    *cols = x;
}

/* The kernel's idea of the terminal size (ioctl is variadic, so not callable from Swift). */
static inline int opstop_window_size(int fd, int *rows, int *cols) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0) return -1;
    *rows = size.ws_row;
    *cols = size.ws_col;
    return 0;
}

/*
 * Writes one cell: a NUL-terminated string of at most CCHARW_MAX wide characters (one spacing
 * character, then combining ones), attributes and an extended colour pair (passed through
 * setcchar's opts, so pairs above 32767 work). Uses mvwadd_wchnstr, which does not move the
 * cursor, so the bottom-right cell works too. Returns ERR when setcchar rejects the string.
 */
static inline int opstop_put_cell(WINDOW *win, int y, int x, const wchar_t *text, attr_t attrs, int pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, 0, &pair) == ERR) return ERR;
    return mvwadd_wchnstr(win, y, x, &cell, 1);
}

/* opstop_put_cell for one wide character, NUL-terminated here on the stack. */
static inline int opstop_put_character(WINDOW *win, int y, int x, wchar_t character, attr_t attrs, int pair) {
    const wchar_t text[2] = {character, 0};
    return opstop_put_cell(win, y, x, text, attrs, pair);
}

#endif
