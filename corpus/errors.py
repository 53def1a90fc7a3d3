"""Errors that stop a build with a message an operator can act on."""


class CorpusError(Exception):
    """A package is missing, corrupt, does not match its pinned checksum, or changed schema."""


class IndexUnavailable(Exception):
    """No index has been built yet, or the Qdrant backend cannot be reached."""
