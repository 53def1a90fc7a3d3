"""Prometheus metrics, one registry per app (tests build many apps). With several gunicorn
workers, set `PROMETHEUS_MULTIPROC_DIR` and each worker's figures are summed."""

from __future__ import annotations

import os

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter("srdt_http_requests", "HTTP requests by route and status",
                                ["method", "route", "status"], registry=self.registry)
        self.latency = Histogram("srdt_http_request_seconds", "Time to the response headers",
                                 ["route"], registry=self.registry,
                                 buckets=(.01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60))
        self.suggestions = Counter("srdt_suggestions", "Drafts produced, by drafting mode",
                                   ["mode"], registry=self.registry)
        self.llm_fallbacks = Counter("srdt_llm_fallbacks",
                                     "Drafts that fell back to offline because the model failed",
                                     registry=self.registry)
        self.draft_seconds = Histogram("srdt_suggestion_seconds", "Whole pipeline per suggestion",
                                       registry=self.registry,
                                       buckets=(.05, .1, .25, .5, 1, 2, 5, 10, 20, 40, 80))

    def render(self) -> tuple[bytes, str]:
        if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
            from prometheus_client import multiprocess

            registry = CollectorRegistry()
            multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
            return generate_latest(registry), CONTENT_TYPE_LATEST
        return generate_latest(self.registry), CONTENT_TYPE_LATEST
