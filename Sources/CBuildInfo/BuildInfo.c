#include "CBuildInfo.h"

#ifndef OPSTOP_COMMIT
#define OPSTOP_COMMIT ""
#endif

const char *opstop_build_commit(void) { return OPSTOP_COMMIT; }
