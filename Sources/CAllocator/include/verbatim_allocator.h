// The C allocator's settings, which Swift cannot reach (glibc's <malloc.h> is not in its Glibc module).
#ifndef VERBATIM_ALLOCATOR_H
#define VERBATIM_ALLOCATOR_H

#ifdef __cplusplus
extern "C" {
#endif

/// Keeps freed memory in the process for reuse: blocks below 32 MB come from the heap, not from
/// fresh mappings, and the heap shrinks only once 64 MB at its top are free. Nothing on a C library
/// other than glibc.
void vb_keep_freed_memory(void);

#ifdef __cplusplus
}
#endif

#endif
