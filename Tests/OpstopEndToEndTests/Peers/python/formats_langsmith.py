"""Writes the run payloads the LangSmith SDK would send, offline, for opstop's end-to-end tests.

Usage: formats_langsmith.py OUTPUT.jsonl

The SDK's `Client` gets a requests session that answers every call itself: each JSON body sent to
`/runs/batch` (`{"post": [...], "patch": [...]}`, chosen over multipart through `info`) or
`/runs` (one run) is written as one line;
nothing leaves the process. The traced program is a chain `support_bot` with an `llm` child
(gpt-4o-mini by openai, 412 input / 38 output / 256 cache-read tokens) and a `tool` child
`cancel_order` that raises ConnectionError.
"""

import json
import sys
import time

import requests
from langsmith import Client, traceable, tracing_context

# What a server's /info would say; `use_multipart_endpoint: False` selects `/runs/batch`.
BATCH_CONFIG = {"use_multipart_endpoint": False, "size_limit": 100, "size_limit_bytes": 20_971_520,
                "scale_up_qsize_trigger": 1000, "scale_up_nthreads_limit": 16, "scale_down_nempty_trigger": 4}
USAGE = {"input_tokens": 412, "output_tokens": 38, "total_tokens": 450, "input_token_details": {"cache_read": 256}}


class CapturingSession(requests.Session):
    """Answers every request with 200 {} and writes the run payloads it was given."""

    def __init__(self, path):
        super().__init__()
        self.path = path
        self.seen = []

    def request(self, method, url, *args, **kwargs):
        body = kwargs.get("data") if kwargs.get("data") is not None else kwargs.get("json")
        self.seen.append((method, url))
        if method.upper() in ("POST", "PATCH") and "/runs" in url and body is not None:
            if isinstance(body, (bytes, bytearray)):
                body = body.decode("utf-8")
            payload = json.loads(body) if isinstance(body, str) else body
            with open(self.path, "a", encoding="utf-8") as out:
                out.write(json.dumps(payload, default=str) + "\n")
        response = requests.Response()
        response.status_code = 404 if url.rstrip("/").endswith("/info") else 200
        response._content = b"{}"
        response.headers["Content-Type"] = "application/json"
        response.url = url
        response.request = requests.Request(method, url).prepare()
        return response


@traceable(run_type="llm", name="ChatOpenAI", metadata={"ls_provider": "openai", "ls_model_name": "gpt-4o-mini"})
def chat(messages):
    time.sleep(0.05)
    return {"choices": [{"message": {"role": "assistant", "content": "ok"}}], "usage_metadata": dict(USAGE)}


@traceable(run_type="tool", name="cancel_order")
def cancel_order(order_id):
    time.sleep(0.02)
    raise ConnectionError("connection to server lost")


@traceable(run_type="chain", name="support_bot")
def support_bot(question):
    chat([{"role": "user", "content": question}])
    try:
        cancel_order("99")
    except ConnectionError:
        pass
    return "done"


def main():
    path = sys.argv[1]
    open(path, "w").close()
    session = CapturingSession(path)
    client = Client(api_url="http://127.0.0.1:9", api_key="offline", session=session, auto_batch_tracing=True,
                    info={"batch_ingest_config": BATCH_CONFIG})
    with tracing_context(client=client, enabled=True, project_name="support-bot-test",
                         metadata={"user_id": "u_123"}):
        support_bot("Where is order 1234?")
    client.flush()
    time.sleep(0.2)
    with open(path, encoding="utf-8") as written:
        if not written.read().strip():
            sys.exit(f"no run payloads were captured; requests seen: {session.seen}")


if __name__ == "__main__":
    main()
