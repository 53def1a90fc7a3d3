"""Mistral's chat API through the `mistralai` SDK: the only place the pipeline talks to a
language model. `MISTRAL_SERVER_URL` points at a sovereign or self-hosted endpoint."""

from __future__ import annotations

import copy
import json
import time
from collections.abc import Callable, Iterator
from typing import Any


def _cache_sdk_models() -> None:
    """`mistralai` builds a new pydantic model class for every JSON it reads (about a
    millisecond of CPU each); the class depends only on the name and the type it wraps:
    build each once."""
    try:
        from mistralai.client.utils import serializers
    except ImportError:  # another layout of the SDK: leave it as it is
        return
    build = getattr(serializers, "create_model", None)
    if build is None or getattr(build, "cached", False):
        return
    models: dict[tuple[str, Any], Any] = {}

    def create_model(name: str, **fields: Any) -> Any:
        body = fields.get("body")
        key = (name, body[0]) if isinstance(body, tuple) and body else None
        try:
            model = models.get(key) if key else None
        except TypeError:  # an unhashable type: build it every time, as the SDK does
            key, model = None, None
        if model is None:
            model = build(name, **fields)
            if key is not None:
                models[key] = model
        return model

    create_model.cached = True  # type: ignore[attr-defined]
    setattr(serializers, "create_model", create_model)  # noqa: B010 (a module we do not own)


def _cache_sdk_type_hints() -> None:
    """`mistralai` resolves the type hints of the whole request class on every call, to look
    for query and path parameters (1.3 ms of CPU per request, twice per suggestion); a class's
    hints do not change: resolve them once per class."""
    try:
        from mistralai.client.utils import queryparams, url
    except ImportError:  # another layout of the SDK: leave it as it is
        return
    for module in (queryparams, url):
        resolve = getattr(module, "get_type_hints", None)
        if resolve is None or getattr(resolve, "cached", False):
            continue
        setattr(module, "get_type_hints", _cached_hints(resolve))  # noqa: B010


def _cached_hints(resolve: Callable[..., dict[str, Any]]) -> Callable[..., dict[str, Any]]:
    hints: dict[type, dict[str, Any]] = {}

    def get_type_hints(obj: Any, *args: Any, **kwargs: Any) -> dict[str, Any]:
        if args or kwargs or not isinstance(obj, type):
            return resolve(obj, *args, **kwargs)
        found = hints.get(obj)
        if found is None:
            found = hints[obj] = resolve(obj)
        return found

    get_type_hints.cached = True  # type: ignore[attr-defined]
    return get_type_hints


def _deltas(lines: Iterator[str]) -> Iterator[str]:
    """The text pieces of a chat-completion event stream: one JSON object per `data:` line,
    as Mistral sends them, until `[DONE]`."""
    for line in lines:
        if not line.startswith("data:"):
            continue  # blank separators, comments, `event:` and `id:` fields
        data = line[5:].strip()
        if data == "[DONE]":
            return
        event = json.loads(data)
        if not isinstance(event, dict):
            raise LLMError("Mistral sent an event that is not a JSON object")
        for choice in event.get("choices") or ():
            content = (choice.get("delta") or {}).get("content")
            if isinstance(content, str) and content:
                yield content


class LLMError(Exception):
    """The model failed: refused, timed out, unreachable, or answered nothing."""


class MistralDrafter:
    def __init__(self, api_key: str, server_url: str | None = None,
                 model: str = "mistral-small-latest", temperature: float = 0.2,
                 max_tokens: int = 1200, timeout_s: float = 30.0) -> None:
        from mistralai.client import Mistral

        _cache_sdk_models()
        _cache_sdk_type_hints()
        self.model = model
        self.temperature = temperature
        self.max_tokens = max_tokens
        self.timeout_s = timeout_s
        self._client = Mistral(api_key=api_key, server_url=server_url,
                               timeout_ms=int(timeout_s * 1000))
        self.sent: list[tuple[str, list[dict[str, str]]]] | None = None
        self.waited_s = 0.0  # time spent waiting for the model, kept by a recorder twin


    def recorder(self) -> MistralDrafter:
        """A twin sharing this client that keeps every message list it sends, with its purpose
        (the API's audit trail of which model saw which anonymised text)."""
        twin = copy.copy(self)
        twin.sent = []
        twin.waited_s = 0.0
        return twin

    def _record(self, purpose: str, messages: list[dict[str, str]]) -> None:
        if self.sent is not None:
            self.sent.append((purpose, messages))

    def stream(self, messages: list[dict[str, str]]) -> Iterator[str]:
        """Text deltas; the whole answer must arrive within `timeout_s`. The SDK sends the
        request and maps errors; its body is read here (`_deltas`), not by the SDK's event
        parser, which costs about half a millisecond of CPU per chunk (a chunk is about one
        token, several hundred per draft)."""
        deadline = time.monotonic() + self.timeout_s
        self._record("draft", messages)
        t0 = time.monotonic()
        try:
            events = self._client.chat.stream(model=self.model, messages=messages,  # type: ignore[arg-type]
                                              temperature=self.temperature,
                                              max_tokens=self.max_tokens)
            with events:
                deltas = _deltas(events.response.iter_lines())
                while True:
                    try:
                        delta = next(deltas, None)
                    finally:
                        self.waited_s += time.monotonic() - t0
                    if delta is None:
                        break
                    if time.monotonic() > deadline:
                        raise LLMError(f"Mistral: no complete answer within {self.timeout_s} s")
                    yield delta
                    t0 = time.monotonic()
        except LLMError:
            raise
        except Exception as exc:  # the SDK raises its own and httpx's error types
            raise LLMError(f"Mistral chat failed: {exc.__class__.__name__}: "
                           f"{str(exc)[:300]}") from exc

    def complete_json(self, messages: list[dict[str, str]]) -> dict[str, Any]:
        """One JSON object (Mistral's JSON mode), parsed; anything else is an LLMError."""
        self._record("classify", messages)
        t0 = time.monotonic()
        try:
            resp = self._client.chat.complete(
                model=self.model, messages=messages,  # type: ignore[arg-type]
                temperature=0.0, max_tokens=700, response_format={"type": "json_object"})
            message = resp.choices[0].message if resp.choices else None
            content: Any = message.content if message is not None else None
        except Exception as exc:
            raise LLMError(f"Mistral chat failed: {exc.__class__.__name__}: "
                           f"{str(exc)[:300]}") from exc
        finally:
            self.waited_s += time.monotonic() - t0
        if not isinstance(content, str):
            raise LLMError("Mistral returned no JSON text")
        try:
            data = json.loads(content)
        except ValueError as exc:
            raise LLMError(f"Mistral returned invalid JSON: {exc}") from exc
        if not isinstance(data, dict):
            raise LLMError("Mistral returned JSON that is not an object")
        return data

    def complete(self, messages: list[dict[str, str]],
                 on_delta: Callable[[str], None] | None = None) -> str:
        parts: list[str] = []
        for delta in self.stream(messages):
            parts.append(delta)
            if on_delta:
                on_delta(delta)
        text = "".join(parts).strip()
        if not text:
            raise LLMError("Mistral returned an empty answer")
        return text
