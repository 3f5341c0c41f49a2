"""LiteLLM with the callback docs/formats.md shows, run as the docs write it, against the fake provider.

Usage: producer_litellm.py DOCS_FORMATS_MD USAGE_LOG PROVIDER_LOG

The python snippet under "LiteLLM" in docs/formats.md is executed with its log path replaced by
USAGE_LOG. Then five completions of openai/gpt-4o-mini (plan: ok, 429, ok, 500, ok; no retries), one of
openai/my-finetune-v3 (priced by nobody) and one of openai/gpt-4.5-preview (missing from LiteLLM 1.106's
price map, listed in opstop's): LiteLLM logs response_cost 0 and why for both. Prints the
costs LiteLLM stated, {"stated_costs": [...]}, read back from the log.
"""

import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.environ["LITELLM_LOCAL_MODEL_COST_MAP"] = "True"
os.environ.setdefault("LITELLM_LOG", "ERROR")

import litellm  # noqa: E402

from fake_provider import PLAN, FakeProvider, chat_plan  # noqa: E402
from written_lines import wait_for_lines  # noqa: E402

docs, usage_log, provider_log = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(docs, encoding="utf-8").read()
section = text[text.index("- **LiteLLM**"):]
snippet = re.search(r"```python\n(.*?)```", section, re.S).group(1)
snippet = "\n".join(line[2:] if line.startswith("  ") else line for line in snippet.splitlines())
exec(snippet.replace("/var/log/litellm/usage.jsonl", usage_log), {"__name__": "opstop_docs_snippet"})

provider = FakeProvider(provider_log, PLAN).start()
chat_plan(lambda i: litellm.completion(
    model="openai/gpt-4o-mini", api_base=provider.base_url, api_key="x", num_retries=0, max_retries=0,
    messages=[{"role": "user", "content": f"Where is order {3000 + i * 43}?"}]))
for model in ["openai/my-finetune-v3", "openai/gpt-4.5-preview"]:
    chat_plan(lambda i: litellm.completion(
        model=model, api_base=provider.base_url, api_key="x", num_retries=0, max_retries=0,
        messages=[{"role": "user", "content": "Cancel order 7"}]), count=1)
lines = wait_for_lines(usage_log, len(PLAN) + 2)
print(json.dumps({"stated_costs": [line.get("response_cost") for line in lines],
                  "debug": [line.get("response_cost_failure_debug_info") is not None for line in lines]}), flush=True)
