"""The Langfuse SDK's openai wrapper (`langfuse.openai`), exporting to opstop as to a Langfuse server.

Usage: producer_langfuse.py OPSTOP_URL PROVIDER_LOG README_MD

LANGFUSE_HOST points at opstop (its OTLP path /api/public/otel/v1/traces), set exactly as README.md's
`LANGFUSE_HOST=…` line says (its documented address replaced by OPSTOP_URL); nothing else names opstop. Five chat completions against
the fake provider (plan: ok, 429, ok, 500, ok; client retries off); failed generations carry only
level=ERROR and a status message. Prints {"done": true} after the SDK has flushed.
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from docs_env import DOCUMENTED_ADDRESS  # noqa: E402

opstop_url, provider_log, readme = sys.argv[1], sys.argv[2], sys.argv[3]
documented = re.search(r"`LANGFUSE_HOST=(\S+)`", open(readme, encoding="utf-8").read())
if not documented:
    raise SystemExit(f"{readme} documents no `LANGFUSE_HOST=…`")
os.environ.pop("LANGFUSE_BASE_URL", None)
os.environ.update(LANGFUSE_HOST=documented.group(1).replace(DOCUMENTED_ADDRESS, opstop_url),
                  LANGFUSE_PUBLIC_KEY="pk-lf-x", LANGFUSE_SECRET_KEY="sk-lf-x")

from langfuse import get_client  # noqa: E402
from langfuse.openai import OpenAI  # noqa: E402

from fake_provider import PLAN, FakeProvider, chat_plan  # noqa: E402

provider = FakeProvider(provider_log, PLAN).start()
client = OpenAI(base_url=provider.base_url, api_key="x", max_retries=0)
chat_plan(lambda i: client.chat.completions.create(
    model="gpt-4o-mini", messages=[{"role": "user", "content": f"Where is order {2000 + i * 41}?"}]))
get_client().flush()
get_client().shutdown()
print('{"done": true}', flush=True)
