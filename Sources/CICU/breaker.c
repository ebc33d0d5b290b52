// The one file that includes ICU. ICU renames every symbol by version (ubrk_open -> ubrk_open_72);
// its headers do that for us, so this file is compiled against whatever libicu-dev is installed.
#include "verbatim_icu.h"

#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <unicode/utypes.h>

struct VBBreaker {
    UBreakIterator *iterator;
    UText *text;
};

static VBBreaker *wrap(UBreakIterator *iterator, int32_t *status) {
    VBBreaker *breaker = calloc(1, sizeof(VBBreaker));
    if (breaker == NULL) {
        ubrk_close(iterator);
        *status = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    breaker->iterator = iterator;
    return breaker;
}

VBBreaker *vb_breaker_open(int32_t kind, const char *locale, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UBreakIteratorType type = kind == VB_BREAK_WORD ? UBRK_WORD : UBRK_SENTENCE;
    UBreakIterator *iterator = ubrk_open(type, locale, NULL, 0, &error);
    *status = error;
    if (U_FAILURE(error)) return NULL;
    return wrap(iterator, status);
}

VBBreaker *vb_breaker_clone(const VBBreaker *breaker, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_clone(breaker->iterator, &error);
    *status = error;
    if (U_FAILURE(error)) return NULL;
    return wrap(iterator, status);
}

int32_t vb_breaker_set_text(VBBreaker *breaker, const uint8_t *utf8, int64_t length) {
    UErrorCode error = U_ZERO_ERROR;
    // utext_openUTF8 reuses the UText it is given, so one allocation serves every document.
    UText *text = utext_openUTF8(breaker->text, (const char *)utf8, length, &error);
    if (U_FAILURE(error)) return error;
    breaker->text = text;
    ubrk_setUText(breaker->iterator, text, &error);
    return error;
}

int64_t vb_breaker_next(VBBreaker *breaker) {
    int32_t next = ubrk_next(breaker->iterator);
    return next == UBRK_DONE ? -1 : (int64_t)next;
}

int32_t vb_breaker_is_boundary(VBBreaker *breaker, int64_t offset) {
    return ubrk_isBoundary(breaker->iterator, (int32_t)offset) ? 1 : 0;
}

int32_t vb_breaker_rule_status(const VBBreaker *breaker) {
    return ubrk_getRuleStatus((UBreakIterator *)breaker->iterator);
}

void vb_breaker_close(VBBreaker *breaker) {
    if (breaker == NULL) return;
    ubrk_close(breaker->iterator);
    if (breaker->text != NULL) utext_close(breaker->text);
    free(breaker);
}

const char *vb_error_name(int32_t status) {
    return u_errorName((UErrorCode)status);
}
