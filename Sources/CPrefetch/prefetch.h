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

#endif
