#ifndef OPSTOP_CBUILDINFO_H
#define OPSTOP_CBUILDINFO_H

/// The commit the binary was built from, as the build passed it in
/// (`swift build -Xcc -DOPSTOP_COMMIT='"<hash>"'`, which scripts/release.sh does), or "" when it did not.
const char *opstop_build_commit(void);

#endif
