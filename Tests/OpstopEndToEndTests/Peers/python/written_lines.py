"""Lines another thread or process is still appending to a JSONL file, read as they are finished.

A producer's callback (LiteLLM's runs on its own thread) may have written half a line when the file is
read: only lines that end in a newline are parsed.
"""

import json
import time


def finished_lines(path):
    text = open(path, encoding="utf-8").read()
    return [json.loads(line) for line in text[:text.rfind("\n") + 1].splitlines() if line.strip()]


def wait_for_lines(path, count, seconds=20):
    """The finished lines once there are `count`, or those there are after `seconds`."""
    deadline = time.time() + seconds
    lines = finished_lines(path)
    while len(lines) < count and time.time() < deadline:
        time.sleep(0.1)
        lines = finished_lines(path)
    return lines
