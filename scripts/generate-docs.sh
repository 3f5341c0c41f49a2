#!/usr/bin/env bash
# Regenerates the man page (docs/man/opstop.1) and the shell completions (docs/completions/) from
# the command definitions: swift-argument-parser's generate-manual plugin and the binary's own
# --generate-completion-script. Run it after changing a command, an option or a help text; the
# tests in GeneratedDocsTests fail until the committed copies match again.
set -euo pipefail
cd "$(dirname "$0")/.."

swift build --product opstop >&2
binary="$(swift build --show-bin-path)/opstop"
mkdir -p docs/man docs/completions
"$binary" --generate-completion-script bash >docs/completions/opstop.bash
"$binary" --generate-completion-script zsh >docs/completions/_opstop
"$binary" --generate-completion-script fish >docs/completions/opstop.fish

# The page's date (.Dd) is the day its text last changed: regenerate with the committed date, and
# only when the text differs take today's.
page=docs/man/opstop.1
generated=.build/plugins/GenerateManual/outputs/opstop/opstop.1
manual() { swift package generate-manual --configuration debug --date "$1" >&2; }
if [ -f "$page" ]; then
    manual "$(date -u -d "$(sed -n 's/^\.Dd //p' "$page")" +%F)"
    cmp -s "$generated" "$page" || manual "$(date -u +%F)"
else
    manual "$(date -u +%F)"
fi
cp "$generated" "$page"
git status --short docs/man docs/completions
