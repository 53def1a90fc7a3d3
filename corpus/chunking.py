"""Structure-aware splitting: a long passage is cut between paragraphs, with overlap, so that
each piece stays readable on its own and keeps its article number and headings."""

from __future__ import annotations

import re

MAX_CHARS = 1500
OVERLAP_CHARS = 250
_SENTENCE = re.compile(r"(?<=[.;:!?])\s+")


def _units(text: str, max_chars: int) -> list[str]:
    """Paragraphs, with any paragraph longer than `max_chars` cut at sentences, then hard."""
    units: list[str] = []
    for para in (p.strip() for p in text.split("\n")):
        if not para:
            continue
        if len(para) <= max_chars:
            units.append(para)
            continue
        buf = ""
        for sentence in _SENTENCE.split(para):
            while len(sentence) > max_chars:
                if buf:
                    units.append(buf)
                    buf = ""
                units.append(sentence[:max_chars])
                sentence = sentence[max_chars:]
            if buf and len(buf) + 1 + len(sentence) > max_chars:
                units.append(buf)
                buf = sentence
            else:
                buf = f"{buf} {sentence}".strip()
        if buf:
            units.append(buf)
    return units


def split_text(text: str, max_chars: int = MAX_CHARS, overlap: int = OVERLAP_CHARS) -> list[str]:
    """Pieces of at most `max_chars` (plus overlap); a short text comes back whole."""
    text = text.strip()
    if len(text) <= max_chars:
        return [text] if text else []
    units = _units(text, max_chars)
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    for unit in units:
        if current and size + len(unit) + 1 > max_chars:
            pieces.append("\n".join(current))
            carry: list[str] = []
            carried = 0
            for prev in reversed(current):
                if carried + len(prev) > overlap:
                    break
                carry.insert(0, prev)
                carried += len(prev) + 1
            current, size = carry, carried
        current.append(unit)
        size += len(unit) + 1
    if current:
        pieces.append("\n".join(current))
    return pieces
