#ifndef VEIL_RE2_H
#define VEIL_RE2_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// An opaque compiled RE2 pattern. RE2 guarantees linear-time matching:
/// no backtracking, so hostile input cannot cause catastrophic run times.
typedef struct veil_re2 veil_re2;

/// Compiles `pattern` (RE2 syntax, UTF-8). On failure returns NULL and writes a
/// NUL-terminated message into `error` (at most `error_capacity` bytes).
/// `max_memory` bounds the compiled program and DFA cache (bytes).
veil_re2 *veil_re2_compile(const char *pattern, size_t pattern_length,
                           int case_insensitive, long long max_memory,
                           char *error, size_t error_capacity);

/// Frees a compiled pattern. NULL is ignored.
void veil_re2_free(veil_re2 *re);

/// Number of capturing groups in the pattern.
int veil_re2_group_count(const veil_re2 *re);

/// Finds the leftmost match in `text[start..<length]`. If the pattern has a
/// capturing group, the span of group 1 is returned when it participated,
/// otherwise the whole match. Returns 1 and sets the span on a match, 0 on no match.
int veil_re2_find(const veil_re2 *re, const char *text, size_t length, size_t start,
                  size_t *match_start, size_t *match_end,
                  size_t *whole_start, size_t *whole_end);

#ifdef __cplusplus
}
#endif

#endif
