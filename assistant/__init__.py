"""The reply pipeline, one module per stage:

email in → intake (parse, clean) → anonymise → classify → retrieve → draft → verify → reply out.

Landed so far: intake and anonymise. Classification, retrieval, drafting and verification are
the next increments of issue #3.
"""
