"""The office server: the session's journal on PostgreSQL.

One append-only table of change rows keyed by (device, seq), pulled by a per-device
version vector, announced with LISTEN/NOTIFY, written by one role per reviewer that may
only append its own devices' rows. The server merges nothing: merging and conflicts stay
in the client (`review.merge`), exactly as over a share.
"""
