"""Writes LiteLLM StandardLoggingPayload lines, offline, for opstop's end-to-end tests.

Usage: formats_litellm.py OUTPUT.jsonl

A custom logger (LiteLLM's CustomLogger) writes `kwargs["standard_logging_object"]` as JSONL, as
a user's logging callback would. Three calls with mock responses (no network):
  1. a success for user u_123 of team "support" (mock usage: 10 prompt + 20 completion tokens);
  2. a mock RateLimitError (429) in trace "retry-trace" ...
  3. ... and its retry, a success in the same trace.
"""

import json
import os
import sys
import threading
import time

os.environ["LITELLM_LOCAL_MODEL_COST_MAP"] = "True"
os.environ.setdefault("LITELLM_LOG", "ERROR")

import litellm  # noqa: E402
from litellm.integrations.custom_logger import CustomLogger  # noqa: E402

RETRY_TRACE = "4f6c1d2e-8a9b-4c3d-9e8f-7a6b5c4d3e2f"
METADATA = {"user_api_key_user_id": "u_123", "user_api_key_team_alias": "support"}
MESSAGES = [{"role": "user", "content": "Where is order 1234?"}]


class JSONLWriter(CustomLogger):
    def __init__(self, path):
        super().__init__()
        self.path = path
        self.lock = threading.Lock()
        self.written = 0

    def _write(self, kwargs):
        payload = kwargs.get("standard_logging_object")
        if payload is None:
            return
        with self.lock, open(self.path, "a", encoding="utf-8") as out:
            out.write(json.dumps(payload, default=str) + "\n")
            self.written += 1

    def log_success_event(self, kwargs, response_obj, start_time, end_time):
        self._write(kwargs)

    def log_failure_event(self, kwargs, response_obj, start_time, end_time):
        self._write(kwargs)


def main():
    path = sys.argv[1]
    open(path, "w").close()
    writer = JSONLWriter(path)
    litellm.callbacks = [writer]
    litellm.completion(model="gpt-4o-mini", messages=MESSAGES, mock_response="Your order shipped.",
                       metadata=dict(METADATA))
    try:
        litellm.completion(model="gpt-4o-mini", messages=MESSAGES, mock_response="litellm.RateLimitError",
                           metadata=dict(METADATA), litellm_trace_id=RETRY_TRACE)
    except litellm.RateLimitError:
        pass
    litellm.completion(model="gpt-4o-mini", messages=MESSAGES, mock_response="Cancelled.",
                       metadata=dict(METADATA), litellm_trace_id=RETRY_TRACE)
    deadline = time.time() + 20
    while writer.written < 3 and time.time() < deadline:
        time.sleep(0.05)
    if writer.written < 3:
        sys.exit(f"only {writer.written} of 3 payloads were logged")


if __name__ == "__main__":
    main()
