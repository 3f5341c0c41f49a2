#!/bin/sh
# Installs opstop from this unpacked release package.
#
#   ./install.sh                          as root into /usr/local, else into ~/.local
#   PREFIX=/opt/opstop ./install.sh       anywhere else
#   DESTDIR=/tmp/root PREFIX=/usr ./install.sh   staged, for building a distribution package
#
# Installs PREFIX/bin/opstop, the themes in PREFIX/share/opstop/themes (where opstop finds them
# from PREFIX/bin), the man page in PREFIX/share/man/man1, and the bash, zsh and fish completions
# where those shells look under PREFIX/share.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
if [ -z "${PREFIX:-}" ]; then
    if [ "$(id -u)" -eq 0 ]; then PREFIX=/usr/local; else PREFIX="$HOME/.local"; fi
fi
case "$PREFIX" in
    /*) ;;
    *) echo "install.sh: PREFIX must be an absolute path, not '$PREFIX'" >&2; exit 2 ;;
esac
root="${DESTDIR:-}$PREFIX"

for file in opstop man/opstop.1 completions/opstop.bash completions/_opstop completions/opstop.fish README.md; do
    [ -f "$here/$file" ] || { echo "install.sh: $here/$file is missing; unpack the whole tarball again" >&2; exit 2; }
done

install -d "$root/bin" "$root/share/opstop/themes" "$root/share/man/man1" "$root/share/doc/opstop" \
    "$root/share/bash-completion/completions" "$root/share/zsh/site-functions" \
    "$root/share/fish/vendor_completions.d"
install -m 755 "$here/opstop" "$root/bin/opstop"
install -m 644 "$here"/themes/*.toml "$root/share/opstop/themes/"
install -m 644 "$here/man/opstop.1" "$root/share/man/man1/opstop.1"
install -m 644 "$here/completions/opstop.bash" "$root/share/bash-completion/completions/opstop"
install -m 644 "$here/completions/_opstop" "$root/share/zsh/site-functions/_opstop"
install -m 644 "$here/completions/opstop.fish" "$root/share/fish/vendor_completions.d/opstop.fish"
install -m 644 "$here/README.md" "$root/share/doc/opstop/README.md"

echo "installed opstop into $root (bin/opstop, share/opstop/themes, share/man/man1/opstop.1, completions)"
case ":$PATH:" in
    *":$PREFIX/bin:"*) ;;
    *) echo "note: $PREFIX/bin is not on PATH; add it, e.g. export PATH=\"$PREFIX/bin:\$PATH\"" ;;
esac
