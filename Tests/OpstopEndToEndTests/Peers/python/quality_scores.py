"""The Langfuse and LangSmith SDKs posting scores and feedback to opstop's receiver, with no code change.

Usage: quality_scores.py ENDPOINT

Langfuse 5 (LANGFUSE_HOST=ENDPOINT): create_score for four traces (numeric faithfulness with a comment, on
the trace and one observation), score_current_trace inside a span, and a categorical score; flushed.
LangSmith (LANGSMITH_ENDPOINT=ENDPOINT): create_feedback for four runs (correctness scores and a text value).
Prints the truth from the values handed to the SDKs:
{"metrics": {NAME: {"count": SCORES, "labels": N, "mean": x|null}}, "done": true}
"""

import json
import os
import sys
import uuid

endpoint = sys.argv[1].rstrip("/")
os.environ.update({
    "LANGFUSE_HOST": endpoint, "LANGFUSE_BASE_URL": endpoint, "LANGFUSE_PUBLIC_KEY": "pk-lf-opstop",
    "LANGFUSE_SECRET_KEY": "sk-lf-opstop", "LANGSMITH_ENDPOINT": endpoint, "LANGSMITH_API_KEY": "x",
    "LANGSMITH_TRACING": "false", "LANGSMITH_DISABLE_RUN_COMPRESSION": "true",
})

from langfuse import Langfuse  # noqa: E402
from langsmith import Client  # noqa: E402

truth = {}


def note(name, value):
    entry = truth.setdefault(name, [])
    entry.append(value)


langfuse = Langfuse()
faithfulness = [0.93, 0.58, 0.88, 0.97]
for index, value in enumerate(faithfulness):
    trace_id = uuid.uuid4().hex
    observation_id = uuid.uuid4().hex[:16] if index % 2 else None
    langfuse.create_score(name="faithfulness", value=value, trace_id=trace_id, observation_id=observation_id,
                          data_type="NUMERIC", comment=f"judged claim by claim ({index})")
    note("faithfulness", value)
with langfuse.start_as_current_observation(name="answer") as span:
    langfuse.score_current_trace(name="faithfulness", value=0.71, comment="one unsupported claim")
    note("faithfulness", 0.71)
langfuse.create_score(name="tone", value="polite", trace_id=uuid.uuid4().hex, data_type="CATEGORICAL")
note("tone", None)
langfuse.flush()
langfuse.shutdown()

client = Client(api_url=endpoint, api_key="x")
correctness = [1.0, 0.0, 1.0, 0.5]
for index, value in enumerate(correctness):
    run_id = uuid.uuid4()
    client.create_feedback(run_id=run_id, trace_id=run_id, key="correctness", score=value,
                           comment=f"graded against the reference ({index})")
    note("correctness", value)
client.create_feedback(run_id=uuid.uuid4(), key="user_verdict", value="helpful")
note("user_verdict", None)
client.flush()

metrics = {}
for name, values in truth.items():
    numbers = [value for value in values if value is not None]
    # quality.<metric>.count counts scores; a label-only metric (categorical, a text value) has none.
    metrics[name] = {"count": len(numbers), "labels": len(values) - len(numbers),
                     "mean": sum(numbers) / len(numbers) if numbers else None}
print(json.dumps({"metrics": metrics, "done": True}), flush=True)
