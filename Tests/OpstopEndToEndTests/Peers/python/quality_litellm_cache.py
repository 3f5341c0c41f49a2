"""LiteLLM's in-memory semantic cache with mock responses, logged by the callback docs/formats.md shows.

Usage: quality_litellm_cache.py DOCS_FORMATS_MD USAGE_LOG

The python snippet under "LiteLLM" in docs/formats.md runs with its log path replaced by USAGE_LOG. With
litellm.cache = Cache() and caching=True, 12 completions of gpt-4o-mini over 5 distinct questions (mock
responses, no network): the first call of each question misses, the repeats hit, and LiteLLM writes
cache_hit and saved_cache_cost itself. Prints the truth read back from the log LiteLLM's callback wrote:
{"payloads": N, "lookups": N, "hits": N, "saved_usd": x, "unmarked": N}, where a lookup is a payload whose
cache_hit is true or false, and "unmarked" counts the payloads that say nothing of the cache: cache_hit, cache_key
and hidden_params.cache_key all null. LiteLLM writes a miss so, exactly as a call without a cache (see
docs/formats.md), so its misses are not lookups; the test checks that the unmarked ones are the first askings.
"""

import json
import os
import re
import sys

os.environ["LITELLM_LOCAL_MODEL_COST_MAP"] = "True"
os.environ.setdefault("LITELLM_LOG", "ERROR")

import litellm  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from written_lines import wait_for_lines  # noqa: E402

docs, usage_log = sys.argv[1], sys.argv[2]
text = open(docs, encoding="utf-8").read()
section = text[text.index("- **LiteLLM**"):]
snippet = re.search(r"```python\n(.*?)```", section, re.S).group(1)
snippet = "\n".join(line[2:] if line.startswith("  ") else line for line in snippet.splitlines())
exec(snippet.replace("/var/log/litellm/usage.jsonl", usage_log), {"__name__": "opstop_docs_snippet"})

litellm.cache = litellm.Cache()
questions = [0, 1, 0, 2, 0, 1, 3, 4, 3, 0, 2, 4]
for index, question in enumerate(questions):
    litellm.completion(
        model="gpt-4o-mini", caching=True, mock_response=f"Order {question} shipped on day {question + 1}.",
        messages=[{"role": "user", "content": f"Where is order {1000 + question}?"}])
lines = wait_for_lines(usage_log, len(questions))
flags = [line.get("cache_hit") for line in lines]
print(json.dumps({
    "payloads": len(lines),
    "lookups": sum(1 for flag in flags if flag in (True, False)),
    "hits": sum(1 for flag in flags if flag is True),
    "saved_usd": sum(line.get("saved_cache_cost") or 0.0 for line in lines if line.get("cache_hit") is True),
    "distinct": len(set(questions)),
    "unmarked": sum(1 for line in lines if line.get("cache_hit") is None and line.get("cache_key") is None
                    and (line.get("hidden_params") or {}).get("cache_key") is None),
}), flush=True)
