"""A webhook receiver on loopback: a real HTTP server in a thread that records what it gets."""

import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Receiver:
    """``Receiver(port)``: ``start()``/``stop()``; ``received`` holds (headers, body) per POST.

    ``status`` is what it answers; ``delay`` how long it thinks first (a slow partner).
    """

    def __init__(self, port=None, *, status=200, delay=0):
        self.port = port or free_port()
        self.status = status
        self.delay = delay
        self.received = []
        self.server = None

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}/hooks/factdb"

    def start(self):
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                time.sleep(receiver.delay)
                receiver.received.append((dict(self.headers), body))
                self.send_response(receiver.status)
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self):
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
            self.server = None
