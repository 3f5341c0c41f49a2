"""Environment variables as the project's docs tell users to set them, so the tests run the docs' own lines.

`docs_env(path, prefix, url)` reads every `export NAME=VALUE …` line of `path` whose names start with
`prefix`, and returns the assignments with the documented address http://127.0.0.1:4318 replaced by `url`.
"""

import re

DOCUMENTED_ADDRESS = "http://127.0.0.1:4318"


def docs_env(path, prefix, url):
    found = {}
    for line in open(path, encoding="utf-8"):
        line = line.split("#", 1)[0].strip()
        if not line.startswith("export "):
            continue
        for name, value in re.findall(r"([A-Z_][A-Z0-9_]*)=(\S+)", line):
            if name.startswith(prefix):
                found[name] = value.replace(DOCUMENTED_ADDRESS, url)
    if not found:
        raise SystemExit(f"{path} documents no export of {prefix}* variables")
    return found
