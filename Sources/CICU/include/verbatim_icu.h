// A small C face over the system ICU (libicu). No ICU type crosses this header: Swift code that also
// imports Foundation (which carries its own private ICU) can include it without clashing.
#ifndef VERBATIM_ICU_H
#define VERBATIM_ICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Which boundaries a breaker finds.
enum {
    VB_BREAK_SENTENCE = 0,
    VB_BREAK_WORD = 1,
};

/// Opaque break iterator over UTF-8 text; one user at a time.
typedef struct VBBreaker VBBreaker;

/// Opens a breaker for `kind` and a locale such as "en". Returns NULL and sets `*status` on failure.
VBBreaker *vb_breaker_open(int32_t kind, const char *locale, int32_t *status);

/// A fresh breaker with the same rules (much cheaper than opening one). NULL on failure.
VBBreaker *vb_breaker_clone(const VBBreaker *breaker, int32_t *status);

/// Points the breaker at `length` bytes of UTF-8 (not copied: keep them alive while iterating).
/// Returns 0 on success or an ICU error code.
int32_t vb_breaker_set_text(VBBreaker *breaker, const uint8_t *utf8, int64_t length);

/// The next boundary as a byte offset, or -1 when there are no more.
int64_t vb_breaker_next(VBBreaker *breaker);

/// Points the breaker at `length` bytes of valid UTF-8 (not copied) for `vb_breaker_next_in_blocks`,
/// which reads the text a block of lines at a time as UTF-16, ICU's own encoding: ICU's sentence
/// rules run about a quarter faster there than through a UTF-8 `UText`, and the copy of a block of
/// 64 KB stays in the cache. Returns 0 on success or an ICU error code.
int32_t vb_breaker_set_text_in_blocks(VBBreaker *breaker, const uint8_t *utf8, int64_t length);

/// The next boundary of the text given to `vb_breaker_set_text_in_blocks`, as a byte offset, or -1
/// at the end (and then `*status` holds an ICU error code if one stopped it, else 0). The boundaries
/// are the ones ICU finds in the whole text for rules that always break after a line feed, as the
/// sentence and word rules do: no rule looks past one, so each block can be read alone.
int64_t vb_breaker_next_in_blocks(VBBreaker *breaker, int32_t *status);

/// Whether `offset` is a boundary of the text given to `vb_breaker_set_text` (moves the iterator there).
int32_t vb_breaker_is_boundary(VBBreaker *breaker, int64_t offset);

/// ICU's rule status of the boundary last returned (for words: none, number, letter, kana, ideo).
int32_t vb_breaker_rule_status(const VBBreaker *breaker);

void vb_breaker_close(VBBreaker *breaker);

/// ICU's name for an error code, for messages.
const char *vb_error_name(int32_t status);

#ifdef __cplusplus
}
#endif

#endif
