"""LiteLLM's own `otel` callback exporting OTLP/HTTP to opstop, against the fake provider.

Usage: producer_litellm_otel.py OPSTOP_URL PROVIDER_LOG

Five completions of openai/gpt-4o-mini (plan: ok, 429, ok, 500, ok; no retries). LiteLLM states each
call's cost as `gen_ai.cost.total_cost`. Prints {"done": true, "stated_costs": [...]} with the costs
LiteLLM computed (its response_cost), the truth for the report's cost.
"""

import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
opstop_url, provider_log = sys.argv[1], sys.argv[2]
os.environ.update(LITELLM_LOCAL_MODEL_COST_MAP="True", OTEL_EXPORTER="otlp_http",
                  OTEL_ENDPOINT=f"{opstop_url}/v1/traces", OTEL_SERVICE_NAME="litellm-gateway")
os.environ.setdefault("LITELLM_LOG", "ERROR")

import litellm  # noqa: E402
from litellm.integrations.custom_logger import CustomLogger  # noqa: E402

from fake_provider import PLAN, FakeProvider, chat_plan  # noqa: E402


class Costs(CustomLogger):
    costs = []

    def log_success_event(self, kwargs, response_obj, start_time, end_time):
        self.costs.append(kwargs.get("response_cost"))


litellm.callbacks = ["otel", Costs()]
provider = FakeProvider(provider_log, PLAN).start()
chat_plan(lambda i: litellm.completion(
    model="openai/gpt-4o-mini", api_base=provider.base_url, api_key="x", num_retries=0, max_retries=0,
    messages=[{"role": "user", "content": f"Where is order {4000 + i * 47}?"}]))
time.sleep(2)
from opentelemetry import trace  # noqa: E402

provider_tp = trace.get_tracer_provider()
if hasattr(provider_tp, "force_flush"):
    provider_tp.force_flush()
for callback in litellm.callbacks:
    if hasattr(callback, "tracer") and hasattr(getattr(callback, "tracer"), "force_flush"):
        callback.tracer.force_flush()
print(json.dumps({"done": True, "stated_costs": Costs.costs}), flush=True)
