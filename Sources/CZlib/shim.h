#ifndef OPSTOP_CZLIB_SHIM_H
#define OPSTOP_CZLIB_SHIM_H

#include <zlib.h>

/* inflateInit2 is a macro; Swift cannot call it. windowBits 15 + 32 reads gzip and zlib headers. */
static inline int czlib_inflate_init_gzip(z_streamp stream) {
    return inflateInit2(stream, 15 + 32);
}

#endif
