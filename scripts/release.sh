#!/usr/bin/env bash
# Builds the release package opstop-<version>-linux-<arch>.tar.gz: a stripped binary with the Swift
# standard library and Foundation linked in (--static-swift-stdlib), the themes, the man page, the
# shell completions, README.md and install.sh. Prints the tarball's path on standard output.
#
# Usage: scripts/release.sh [--output DIR]     (default DIR: .build-release/dist)
#   OPSTOP_COMMIT   the commit to report in --version (default: git's HEAD, with -dirty for local changes)
#   SOURCE_DATE_EPOCH  the files' time in the tarball (default: HEAD's commit time)
#
# It builds in .build-release, so it neither reuses nor disturbs the debug build in .build.
set -euo pipefail
cd "$(dirname "$0")/.."

output=.build-release/dist
while [ $# -gt 0 ]; do
    case "$1" in
        --output) output=${2:?--output needs a directory}; shift 2 ;;
        *) echo "release: unknown argument '$1'; usage: scripts/release.sh [--output DIR]" >&2; exit 2 ;;
    esac
done

say() { echo "release: $*" >&2; }

# The commit goes into the binary as a C string (Sources/CBuildInfo); a plain `swift build` has none
# and says "commit unknown". Only hex digits and "-dirty" get through, so no quoting can break.
commit=${OPSTOP_COMMIT:-}
if [ -z "$commit" ] && git rev-parse --git-dir >/dev/null 2>&1; then
    commit=$(git rev-parse --short=12 HEAD)
    [ -z "$(git status --porcelain)" ] || commit="$commit-dirty"
fi
if ! [[ $commit =~ ^[0-9a-f]{7,40}(-dirty)?$ ]]; then
    say "cannot tell the commit ('$commit'); run it in a git clone or set OPSTOP_COMMIT to the commit's hash"
    exit 2
fi
if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
    SOURCE_DATE_EPOCH=$(git log -1 --format=%ct 2>/dev/null || date +%s)
fi

# The static FoundationNetworking (URLSession, for scraping) links the system's shared libcurl,
# which takes libcurl4-openssl-dev to build (the host needs only libcurl4).
build=(swift build -c release --static-swift-stdlib --scratch-path .build-release --product opstop
    -Xcc "-DOPSTOP_COMMIT=\"$commit\"")
say "building opstop at commit $commit (${build[*]})"
started=$(date +%s)
"${build[@]}" >&2
binary="$("${build[@]}" --show-bin-path)/opstop"
say "built in $(( $(date +%s) - started )) s"

version_line=$("$binary" --version)
version=$(awk '{print $2}' <<<"$version_line")
if [ "$version_line" != "opstop $version (commit $commit)" ]; then
    say "the binary says '$version_line', expected version and commit $commit"
    exit 1
fi

# Committed copies, generated from the command definitions (scripts/generate-docs.sh); a test keeps
# them current. Refuse to pack completions that the binary would not print itself.
for shell in bash zsh fish; do
    case $shell in bash) file=opstop.bash ;; zsh) file=_opstop ;; fish) file=opstop.fish ;; esac
    if ! "$binary" --generate-completion-script "$shell" | cmp -s - "docs/completions/$file"; then
        say "docs/completions/$file is not what the binary generates; run scripts/generate-docs.sh"
        exit 1
    fi
done

name="opstop-$version-linux-$(uname -m)"
mkdir -p "$output"
stage=$(mktemp -d "$output/.stage.XXXXXX")
trap 'rm -rf "$stage"' EXIT
package="$stage/$name"
mkdir -p "$package/themes" "$package/man" "$package/completions"
cp "$binary" "$package/opstop"
strip "$package/opstop"
cp themes/*.toml "$package/themes/"
cp docs/man/opstop.1 "$package/man/"
cp docs/completions/opstop.bash docs/completions/_opstop docs/completions/opstop.fish "$package/completions/"
cp README.md "$package/"
cp scripts/install.sh "$package/install.sh"
chmod 755 "$package/opstop" "$package/install.sh"

tarball="$output/$name.tar.gz"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH" -C "$stage" -cf - "$name" \
    | gzip -n -9 >"$tarball"
say "wrote $tarball ($(du -k "$tarball" | cut -f1) KiB; binary $(du -k "$package/opstop" | cut -f1) KiB)"
echo "$(cd "$output" && pwd)/$name.tar.gz"
