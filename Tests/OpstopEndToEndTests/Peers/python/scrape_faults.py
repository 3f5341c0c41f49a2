"""A misbehaving /metrics server for opstop's fault tests, on 127.0.0.1 (port printed as JSON).

Paths: /ok (valid metrics, a counter that grows each scrape), /status500, /html, /huge (21 MB of
valid-looking metrics, streamed), /stall (headers and half a body, then silence), /hang (no
answer at all), /metrics (behaves as /ok until /control?mode=X switches it to one of the above)."""
import json
import socket
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

state = {"mode": "ok", "scrapes": 0}
lock = threading.Lock()


def emit(obj):
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


def ok_body():
    with lock:
        state["scrapes"] += 1
        n = state["scrapes"]
    return (
        "# TYPE opstop_cost_usd counter\n"
        'opstop_cost_usd_total{model="gpt-4o"} %d\n'
        "# TYPE opstop_requests counter\n"
        'opstop_requests_total{component="llm"} %d\n' % (n, n * 10)
    ).encode()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send_body(self, status, content_type, body):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        path = self.path.split("?")[0]
        if path == "/control":
            mode = self.path.split("mode=")[-1]
            with lock:
                state["mode"] = mode
            emit({"mode": mode})
            return self.send_body(200, "text/plain", b"ok\n")
        if path == "/metrics":
            with lock:
                path = "/" + state["mode"]
        if path == "/ok":
            return self.send_body(200, "text/plain; version=0.0.4", ok_body())
        if path == "/status500":
            return self.send_body(500, "text/plain", b"internal error\n")
        if path == "/html":
            return self.send_body(200, "text/html", b"<!DOCTYPE html><html><body><h1>Login</h1></body></html>\n")
        if path == "/huge":
            line = b'opstop_requests_total{component="llm",padding="' + b"x" * 200 + b'"} 1\n'
            total = 21 * 1024 * 1024
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; version=0.0.4")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            sent = 0
            try:
                while sent < total:
                    chunk = line * 256
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                    sent += len(chunk)
                self.wfile.write(b"0\r\n\r\n")
            except (BrokenPipeError, ConnectionResetError):
                pass
            return
        if path == "/stall":
            body = ok_body()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; version=0.0.4")
            self.send_header("Content-Length", str(len(body) * 2))
            self.end_headers()
            self.wfile.write(body)
            self.wfile.flush()
            time.sleep(60)
            return
        if path == "/hang":
            time.sleep(60)
            return
        self.send_body(404, "text/plain", b"not found\n")


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
# A port nothing listens on, for "connection refused".
probe = socket.socket()
probe.bind(("127.0.0.1", 0))
closed_port = probe.getsockname()[1]
probe.close()
emit({"port": server.server_port, "closed_port": closed_port})
server.serve_forever()
