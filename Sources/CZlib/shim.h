#ifndef OPSTOP_CZLIB_SHIM_H
#define OPSTOP_CZLIB_SHIM_H

#include <zlib.h>

/* inflateInit2 is a macro; Swift cannot call it. windowBits 15 + 32 reads gzip and zlib headers. */
static inline int czlib_inflate_init_gzip(z_streamp stream) {
    return inflateInit2(stream, 15 + 32);
}

/* deflateInit2 with windowBits 15 + 16 writes gzip; used by tests to build gzip bodies. */
static inline int czlib_deflate_init_gzip(z_streamp stream, int level) {
    return deflateInit2(stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
}

#endif
