// The one file that includes ICU. ICU renames every symbol by version (ubrk_open -> ubrk_open_72);
// its headers do that for us, so this file is compiled against whatever libicu-dev is installed.
#include "verbatim_icu.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <unicode/utypes.h>

struct VBBreaker {
    UBreakIterator *iterator;
    UText *text;
    // Reading in blocks (vb_breaker_set_text_in_blocks): the whole text, the block being read, and
    // the UTF-16 copy of it with how far its boundaries have been mapped back to bytes.
    const uint8_t *utf8;
    int64_t length;
    int64_t blockStart, blockEnd;
    // A block longer than `maximumUTF16Block` is read through the UTF-8 UText.
    int blockIsUTF8;
    UChar *units;
    int64_t unitCapacity;
    int64_t mappedByte, mappedUnit;
};

// A block is the text up to the first line feed after 64 KB. Up to 32 MB it is copied as UTF-16 (a
// paragraph may be one line of megabytes: the segmenter blanks the line feeds that wrap a paragraph);
// a longer line is read in place, where its copy would take twice its size.
enum { blockBytes = 1 << 16, maximumUTF16Block = 1 << 25 };

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

// Whether none of eight bytes from `bytes` has its high bit set.
static int isASCII8(const uint8_t *bytes) {
    uint64_t word;
    memcpy(&word, bytes, 8);
    return (word & 0x8080808080808080ULL) == 0;
}

// Valid UTF-8 as UTF-16: one unit for each scalar below U+10000, two (a surrogate pair) above. Bytes
// that do not decode (never in a document's text) become U+FFFD, one for each lead byte, two from
// 0xF0, none for a stray continuation byte: the count `mapTo` walks by. Returns the units written.
static int64_t toUTF16(const uint8_t *bytes, int64_t count, UChar *units) {
    int64_t index = 0, written = 0;
    while (index < count) {
        if (index + 8 <= count && isASCII8(bytes + index)) {
            for (int offset = 0; offset < 8; offset++) units[written + offset] = bytes[index + offset];
            index += 8;
            written += 8;
            continue;
        }
        uint8_t lead = bytes[index];
        if (lead < 0x80) {
            units[written++] = lead;
            index += 1;
            continue;
        }
        int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        uint32_t scalar = length == 2 ? (lead & 0x1F) : length == 3 ? (lead & 0x0F) : (lead & 0x07);
        int valid = length > 1 && index + length <= count;
        for (int offset = 1; valid && offset < length; offset++) {
            if ((bytes[index + offset] & 0xC0) != 0x80) valid = 0;
            else scalar = (scalar << 6) | (bytes[index + offset] & 0x3F);
        }
        if (!valid) {
            if (lead >= 0xC0) units[written++] = 0xFFFD;
            if (lead >= 0xF0) units[written++] = 0xFFFD;
            index += 1;
            continue;
        }
        if (scalar >= 0x10000) {
            scalar -= 0x10000;
            units[written++] = (UChar)(0xD800 | (scalar >> 10));
            units[written++] = (UChar)(0xDC00 | (scalar & 0x3FF));
        } else {
            units[written++] = (UChar)scalar;
        }
        index += length;
    }
    return written;
}

// The byte offset of UTF-16 offset `unit` of the current block, walking on from the last one mapped
// (ICU's boundaries come in order): eight ASCII bytes a step where they are.
static int64_t mapTo(VBBreaker *breaker, int64_t unit) {
    const uint8_t *bytes = breaker->utf8;
    int64_t byte = breaker->mappedByte, mapped = breaker->mappedUnit, end = breaker->blockEnd;
    while (mapped < unit && byte < end) {
        if (unit - mapped >= 8 && byte + 8 <= end && isASCII8(bytes + byte)) {
            byte += 8;
            mapped += 8;
            continue;
        }
        uint8_t lead = bytes[byte++];
        if (lead < 0x80 || lead >= 0xC0) mapped += lead >= 0xF0 ? 2 : 1;
        while (byte < end && (bytes[byte] & 0xC0) == 0x80) byte++;
    }
    breaker->mappedByte = byte;
    breaker->mappedUnit = mapped;
    return byte;
}

// Hands ICU the block that starts where the last one ended. Returns 0 or an ICU error code.
static int32_t readNextBlock(VBBreaker *breaker) {
    int64_t start = breaker->blockEnd, end = start + blockBytes;
    if (end >= breaker->length) {
        end = breaker->length;
    } else {
        const uint8_t *lineFeed = memchr(breaker->utf8 + end, '\n', (size_t)(breaker->length - end));
        end = lineFeed != NULL ? lineFeed - breaker->utf8 + 1 : breaker->length;
    }
    breaker->blockStart = start;
    breaker->blockEnd = end;
    breaker->mappedByte = start;
    breaker->mappedUnit = 0;
    UErrorCode error = U_ZERO_ERROR;
    breaker->blockIsUTF8 = end - start > maximumUTF16Block;
    if (breaker->blockIsUTF8) {
        UText *text = utext_openUTF8(breaker->text, (const char *)breaker->utf8 + start, end - start, &error);
        if (U_FAILURE(error)) return error;
        breaker->text = text;
        ubrk_setUText(breaker->iterator, text, &error);
        return error;
    }
    if (breaker->unitCapacity < end - start) {
        UChar *units = realloc(breaker->units, (size_t)(end - start) * sizeof(UChar));
        if (units == NULL) return U_MEMORY_ALLOCATION_ERROR;
        breaker->units = units;
        breaker->unitCapacity = end - start;
    }
    int64_t count = toUTF16(breaker->utf8 + start, end - start, breaker->units);
    ubrk_setText(breaker->iterator, breaker->units, (int32_t)count, &error);
    return error;
}

int32_t vb_breaker_set_text_in_blocks(VBBreaker *breaker, const uint8_t *utf8, int64_t length) {
    breaker->utf8 = utf8;
    breaker->length = length;
    breaker->blockStart = 0;
    breaker->blockEnd = 0;
    return length > 0 ? readNextBlock(breaker) : 0;
}

int64_t vb_breaker_next_in_blocks(VBBreaker *breaker, int32_t *status) {
    *status = 0;
    while (breaker->blockEnd > breaker->blockStart) {
        int32_t next = ubrk_next(breaker->iterator);
        if (next != UBRK_DONE) {
            return breaker->blockIsUTF8 ? breaker->blockStart + next : mapTo(breaker, next);
        }
        if (breaker->blockEnd >= breaker->length) break;
        int32_t error = readNextBlock(breaker);
        if (U_FAILURE(error)) {
            *status = error;
            break;
        }
    }
    breaker->blockStart = breaker->blockEnd;
    return -1;
}

void vb_breaker_close(VBBreaker *breaker) {
    if (breaker == NULL) return;
    ubrk_close(breaker->iterator);
    if (breaker->text != NULL) utext_close(breaker->text);
    free(breaker->units);
    free(breaker);
}

const char *vb_error_name(int32_t status) {
    return u_errorName((UErrorCode)status);
}
