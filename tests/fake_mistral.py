"""A local HTTP server speaking the part of Mistral's API we use, so that tests exercise the
real `mistralai` client end to end (request building, auth header, parsing, errors)."""

from __future__ import annotations

import hashlib
import json
import math
import random
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import ThreadingHTTPServer
from typing import Any

from tests.servers import QuietHandler, running

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
        self.chunk_delay_s = 0.0
        self.words_per_chunk = 3
        self.reply = self.default_reply
        server = self

        class Handler(QuietHandler):
            def do_POST(self) -> None:
                body = json.loads(self.body())
                server.requests.append({"path": self.path, "body": body,
                                        "auth": self.headers.get("Authorization")})
                time.sleep(server.delay_s)
                if server.status != 200:
                    self.answer_json(server.status, {"message": "Unauthorized", "type": "invalid"})
                    return
                if self.path == "/v1/chat/completions":
                    self._chat(body)
                    return
                if self.path != "/v1/embeddings":
                    self.answer_json(404, {"message": "not found"})
                    return
                raw_in = body["input"]  # the SDK parameter `inputs` is `input` on the wire
                inputs = raw_in if isinstance(raw_in, list) else [raw_in]
                self.answer_json(200, {
                    "id": "emb-test", "object": "list", "model": body["model"],
                    "usage": {"prompt_tokens": 1, "total_tokens": 1},
                    "data": [{"object": "embedding", "index": i,
                              "embedding": bag_of_words_vector(t)} for i, t in enumerate(inputs)],
                })

            def _chat(self, body: dict[str, Any]) -> None:
                text = server.reply(body["messages"])
                if not body.get("stream"):
                    self.answer_json(200, {
                        "id": "chat-test", "object": "chat.completion", "created": 0,
                        "model": body["model"],
                        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                        "choices": [{"index": 0, "finish_reason": "stop",
                                     "message": {"role": "assistant", "content": text}}]})
                    return
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                words = re.findall(r"\S+\s*", text)
                step = server.words_per_chunk
                for i in range(0, len(words), step):
                    self._event(body["model"], "".join(words[i:i + step]), None)
                    time.sleep(server.chunk_delay_s)
                self._event(body["model"], "", "stop")
                self.wfile.write(b"data: [DONE]\n\n")
                self.wfile.flush()

            def _event(self, model: str, content: str, finish: str | None) -> None:
                chunk = {"id": "chat-test", "object": "chat.completion.chunk", "created": 0,
                         "model": model,
                         "choices": [{"index": 0, "finish_reason": finish,
                                      "delta": {"role": "assistant", "content": content}}]}
                self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                self.wfile.flush()

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    @staticmethod
    def default_reply(messages: list[dict[str, Any]]) -> str:
        """A well-behaved model: cites the first source, asks for the agreement."""
        return ("Madame, Monsieur,\n\nVous nous interrogez sur votre situation. La règle est "
                "fixée par les textes cités [1].\n\nNous vous prions d'agréer, Madame, "
                "Monsieur, l'expression de nos salutations distinguées.")

    @staticmethod
    def classifying(label: object) -> Callable[[list[dict[str, Any]]], str]:
        """A model that answers the classification with `label` (as JSON) and drafts the
        default reply."""
        def reply(messages: list[dict[str, Any]]) -> str:
            if "Réponds uniquement par un objet JSON" in messages[0]["content"]:
                return json.dumps(label)
            return FakeMistral.default_reply(messages)
        return reply

    @property
    def chat_requests(self) -> list[dict[str, Any]]:
        return [r for r in self.requests if r["path"] == "/v1/chat/completions"]

    @property
    def draft_requests(self) -> list[dict[str, Any]]:
        """Drafting is streamed; classification is one JSON answer."""
        return [r for r in self.chat_requests if r["body"].get("stream")]

    @contextmanager
    def running(self) -> Iterator[FakeMistral]:
        with running(self.httpd):
            yield self


def main() -> None:
    """`python -m tests.fake_mistral --port N --chunk-delay S`: a separate process for benches."""
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--chunk-delay", type=float, default=0.02)
    parser.add_argument("--words-per-chunk", type=int, default=3)
    parser.add_argument("--paragraphs", type=int, default=8,
                        help="mean length of the draft: paragraphs of about 30 words")
    parser.add_argument("--fixed", action="store_true",
                        help="every draft of the mean length (by default from half to 1.5 "
                             "times, as a real model's drafts vary)")
    args = parser.parse_args()
    fake = FakeMistral()
    paragraph = ("Selon les textes applicables à votre situation, la règle générale prévoit "
                 "un délai et des conditions précises que votre employeur doit respecter, "
                 "sauf disposition plus favorable de votre convention collective [1].")
    label = ('{"themes": ["contrat"], "requester": "salarie", "missing_facts": [], '
             '"out_of_scope": null, "sensitive": []}')
    lengths = random.Random(0)

    def reply(messages: list[dict[str, Any]]) -> str:
        if "JSON" in messages[0]["content"]:
            return label
        n = args.paragraphs if args.fixed else lengths.randint(args.paragraphs // 2,
                                                               args.paragraphs * 3 // 2)
        body = "\n\n".join([paragraph] * n)
        return f"Madame, Monsieur,\n\n{body}\n\nCordialement."

    fake.reply = reply
    fake.chunk_delay_s = args.chunk_delay
    fake.words_per_chunk = args.words_per_chunk
    fake.requests = _Discard()  # a bench sends thousands: keep none
    if args.port:
        fake.httpd.server_close()
        fake.httpd = ThreadingHTTPServer(("127.0.0.1", args.port),
                                         fake.httpd.RequestHandlerClass)
    print(f"http://127.0.0.1:{fake.httpd.server_address[1]}", flush=True)
    fake.httpd.serve_forever()


class _Discard(list):  # type: ignore[type-arg]
    def append(self, item: Any) -> None:
        return None


if __name__ == "__main__":
    main()
