"""Errors the pipeline reports to agents (French message) and to logs (English code)."""

from __future__ import annotations


class PipelineError(Exception):
    """A failure with a stable code for the API, a French message for the agent, and details
    for the logs (never personal data)."""

    def __init__(self, code: str, message_fr: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail or message_fr}")
        self.code = code
        self.message_fr = message_fr
        self.detail = detail
