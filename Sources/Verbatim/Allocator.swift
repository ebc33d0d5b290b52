import CAllocator

/// How the C allocator treats memory a document freed, for a process that annotates one document
/// after another (the `verbatim` command, the benchmark). Left to the process: a library has no
/// business changing it behind its host's back.
public enum Allocator {
    /// Keeps freed memory in the process for the next document instead of handing it back to the
    /// kernel, which zeroes every page again when it is touched next. glibc by default unmaps a large
    /// block the moment it is freed (until a free raises its threshold) and shrinks the heap whenever
    /// 128 KB are free at its top: a batch of short articles spent a tenth of its time in page faults.
    /// Here blocks below 32 MB come from the heap, which shrinks only past 64 MB free: a batch of
    /// articles runs a tenth faster, for a few megabytes more at its peak (64 MB against 57). Does
    /// nothing where the C library is not glibc.
    public static func keepFreedMemoryForReuse() {
        vb_keep_freed_memory()
    }
}
