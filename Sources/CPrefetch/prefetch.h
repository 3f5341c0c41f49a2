#ifndef OPSTOP_CPREFETCH_H
#define OPSTOP_CPREFETCH_H

#include <stdint.h>

/// Asks the CPU to bring the `bytes` bytes from `address` into its cache, one prefetch instruction
/// per 64-byte line, without waiting for them (Swift has no prefetch). A prefetch never faults, so
/// any address, even a stale or tagged one, is safe: at worst the hint is wasted.
static inline void opstop_prefetch(const void *address, long bytes) {
    uintptr_t line = (uintptr_t)address & ~(uintptr_t)63;
    uintptr_t end = (uintptr_t)address + (uintptr_t)bytes;
    for (; line < end; line += 64) {
        __builtin_prefetch((const void *)line, 0, 3);
    }
}

/// Asks for the eight 64-byte lines from the one holding `address` on, to be written: each comes in
/// owned by this core, so a line another core read is taken from it now, not at the first store or
/// atomic update (a reference count), which would wait for it. A fixed count, so the hints are eight
/// instructions with no loop. On x86-64 this is PREFETCHW, written out because the baseline target
/// lacks it and would make the hint a plain prefetch (CPUs without it, Intel's before Broadwell, run
/// it as a no-op).
static inline void opstop_prefetch_eight_lines_for_writing(const void *address) {
    const char *line = (const char *)((uintptr_t)address & ~(uintptr_t)63);
#if defined(__x86_64__)
    __asm__ volatile(
        "prefetchw (%0)\n\tprefetchw 64(%0)\n\tprefetchw 128(%0)\n\tprefetchw 192(%0)\n\t"
        "prefetchw 256(%0)\n\tprefetchw 320(%0)\n\tprefetchw 384(%0)\n\tprefetchw 448(%0)"
        : : "r"(line));
#else
    for (int index = 0; index < 8; index++) {
        __builtin_prefetch(line + 64 * index, 1, 3);
    }
#endif
}

#endif
