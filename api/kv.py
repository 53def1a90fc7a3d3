"""Short-lived shared state: rate-limit counters and the drafts kept for the edit ratio.
Redis when `REDIS_URL` is set (shared by all workers), process memory otherwise."""

from __future__ import annotations

import threading
import time
from typing import Protocol


class KVUnavailable(Exception):
    """Redis cannot be reached."""


class KV(Protocol):
    def hit(self, key: str, window_s: int) -> tuple[int, int]:
        """Count one more event in the current window: (count, seconds until it resets)."""

    def put(self, key: str, value: str, ttl_s: int) -> None: ...

    def get(self, key: str) -> str | None: ...

    def ping(self) -> None: ...


class MemoryKV:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: dict[str, tuple[int, float]] = {}
        self._values: dict[str, tuple[str, float]] = {}

    def hit(self, key: str, window_s: int) -> tuple[int, int]:
        t = time.monotonic()
        with self._lock:
            count, reset = self._counts.get(key, (0, 0.0))
            if t >= reset:
                count, reset = 0, t + window_s
                if len(self._counts) > 100_000:  # drop expired windows now and then
                    self._counts = {k: v for k, v in self._counts.items() if v[1] > t}
            self._counts[key] = (count + 1, reset)
        return count + 1, max(1, int(reset - t + 0.999))

    def put(self, key: str, value: str, ttl_s: int) -> None:
        t = time.monotonic()
        with self._lock:
            if len(self._values) > 10_000:
                self._values = {k: v for k, v in self._values.items() if v[1] > t}
            self._values[key] = (value, t + ttl_s)

    def get(self, key: str) -> str | None:
        with self._lock:
            found = self._values.get(key)
        if found is None or found[1] < time.monotonic():
            return None
        return found[0]

    def ping(self) -> None:
        return None


class RedisKV:
    def __init__(self, url: str, prefix: str = "srdt:") -> None:
        import redis

        self._errors: tuple[type[Exception], ...] = (redis.RedisError, OSError)
        self.client = redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2,
                                           decode_responses=True)
        self.prefix = prefix

    def hit(self, key: str, window_s: int) -> tuple[int, int]:
        k = self.prefix + "rl:" + key
        try:
            pipe = self.client.pipeline()
            pipe.incr(k)
            pipe.expire(k, window_s, nx=True)
            pipe.ttl(k)
            count, _, ttl = pipe.execute()
        except self._errors as exc:
            raise KVUnavailable(str(exc)) from exc
        return int(count), max(1, int(ttl))

    def put(self, key: str, value: str, ttl_s: int) -> None:
        try:
            self.client.set(self.prefix + key, value, ex=ttl_s)
        except self._errors as exc:
            raise KVUnavailable(str(exc)) from exc

    def get(self, key: str) -> str | None:
        try:
            value = self.client.get(self.prefix + key)
        except self._errors as exc:
            raise KVUnavailable(str(exc)) from exc
        return value if isinstance(value, str) else None

    def ping(self) -> None:
        try:
            self.client.ping()
        except self._errors as exc:
            raise KVUnavailable(str(exc)) from exc


def make_kv(url: str | None) -> KV:
    return RedisKV(url) if url else MemoryKV()
