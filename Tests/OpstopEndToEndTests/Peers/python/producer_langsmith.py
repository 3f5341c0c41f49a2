"""The LangSmith SDK, with its defaults, sending an agent's runs straight to opstop.

Usage: producer_langsmith.py OPSTOP_URL PROVIDER_LOG DOCS_OTLP_RECEIVER_MD

The LANGSMITH_* variables are those docs/otlp-receiver.md exports, pointed at opstop; the SDK asks `GET /info`, then posts multipart runs. An agent
(`@traceable` chain) makes five chat completions through `wrap_openai` against the fake provider
(fake_provider.py), whose log is the truth: outcomes ok, 429, ok, 500, ok, with the client's own
retries off. Prints {"done": true} after the SDK has flushed.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from docs_env import docs_env  # noqa: E402

opstop_url, provider_log, docs = sys.argv[1], sys.argv[2], sys.argv[3]
# The variables exactly as docs/otlp-receiver.md tells LangSmith users to set them.
os.environ.update(docs_env(docs, "LANGSMITH_", opstop_url))
os.environ["LANGSMITH_PROJECT"] = "support-bot"

import openai  # noqa: E402
from langsmith import traceable  # noqa: E402
from langsmith.run_trees import get_cached_client  # noqa: E402
from langsmith.wrappers import wrap_openai  # noqa: E402

from fake_provider import FakeProvider  # noqa: E402

provider = FakeProvider(provider_log, ["ok", "429", "ok", "500", "ok"]).start()
client = wrap_openai(openai.OpenAI(base_url=provider.base_url, api_key="x", max_retries=0))


@traceable(run_type="tool", name="lookup_order")
def lookup_order(order):
    return {"order": order, "status": "shipped"}


@traceable(run_type="chain", name="support_bot")
def agent(question):
    answers = []
    for attempt in range(5):
        try:
            reply = client.chat.completions.create(
                model="gpt-4o-mini", messages=[{"role": "user", "content": f"{question} (try {attempt})"}])
            answers.append(reply.choices[0].message.content)
        except openai.APIStatusError:
            answers.append(None)
    lookup_order("1234")
    return answers


agent("Where is order 1234?")
get_cached_client().flush()
print('{"done": true}', flush=True)
