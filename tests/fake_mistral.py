"""A local HTTP server speaking the part of Mistral's API we use, so that tests exercise the
real `mistralai` client end to end (request building, auth header, parsing, errors)."""

from __future__ import annotations

import hashlib
import json
import math
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

DIM = 32


def bag_of_words_vector(text: str) -> list[float]:
    """Deterministic stand-in for an embedding: hashed words, normalised."""
    vec = [0.0] * DIM
    for word in re.findall(r"\w+", text.lower()):
        vec[int(hashlib.md5(word.encode()).hexdigest(), 16) % DIM] += 1.0
    norm = math.sqrt(sum(v * v for v in vec)) or 1.0
    return [v / norm for v in vec]


class FakeMistral:
    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.status = 200
        self.delay_s = 0.0
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                return None

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                server.requests.append({"path": self.path, "body": body,
                                        "auth": self.headers.get("Authorization")})
                time.sleep(server.delay_s)
                if server.status != 200:
                    self._send(server.status, {"message": "Unauthorized", "type": "invalid"})
                    return
                if self.path != "/v1/embeddings":
                    self._send(404, {"message": "not found"})
                    return
                raw_in = body["input"]  # the SDK parameter `inputs` is `input` on the wire
                inputs = raw_in if isinstance(raw_in, list) else [raw_in]
                self._send(200, {
                    "id": "emb-test", "object": "list", "model": body["model"],
                    "usage": {"prompt_tokens": 1, "total_tokens": 1},
                    "data": [{"object": "embedding", "index": i,
                              "embedding": bag_of_words_vector(t)} for i, t in enumerate(inputs)],
                })

            def _send(self, status: int, payload: dict[str, Any]) -> None:
                raw = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    @contextmanager
    def running(self) -> Iterator[FakeMistral]:
        thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self.httpd.shutdown()
            self.httpd.server_close()
