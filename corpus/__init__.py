"""The labour-law knowledge base: read the public data packages, chunk, embed, index, search.

Data flow: packages (fetch, verify) -> sources (parse each package into chunks) -> embed
(dense + sparse) -> store (Qdrant, embedded or remote) -> kb (search and look-ups).
"""
