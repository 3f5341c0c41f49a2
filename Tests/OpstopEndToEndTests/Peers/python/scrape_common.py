"""Shared by the scrape_* peers: serve a prometheus_client registry on 127.0.0.1 with the
library's own content negotiation (OpenMetrics or text 0.0.4) and gzip, log each request's
negotiation as a JSON line on stdout, and call `on_scrape(n)` after the n-th scrape."""
import json
import sys
import threading
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server
from socketserver import ThreadingMixIn

from prometheus_client import make_wsgi_app


class QuietHandler(WSGIRequestHandler):
    def log_message(self, *args):
        pass


class ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


def emit(obj):
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


def serve(registry, on_scrape):
    app = make_wsgi_app(registry)
    count = {"n": 0}
    lock = threading.Lock()

    def logged(environ, start_response):
        seen = {}

        def recording_start(status, headers, exc_info=None):
            seen["status"] = status
            seen["headers"] = dict(headers)
            return start_response(status, headers, exc_info)

        body = app(environ, recording_start)
        with lock:
            count["n"] += 1
            n = count["n"]
        emit({
            "scrape": n,
            "accept": environ.get("HTTP_ACCEPT", ""),
            "accept_encoding": environ.get("HTTP_ACCEPT_ENCODING", ""),
            "content_type": seen.get("headers", {}).get("Content-Type", ""),
            "content_encoding": seen.get("headers", {}).get("Content-Encoding", ""),
        })
        threading.Timer(0.3, on_scrape, args=(n,)).start()
        return body

    server = make_server("127.0.0.1", 0, logged, ThreadingWSGIServer, handler_class=QuietHandler)
    emit({"port": server.server_port})
    server.serve_forever()
