-- A fact's body is kept as the branch sent it (json: the text itself, validated, not re-encoded)
-- instead of jsonb. The stored text is then exactly the text the branch's hash chain covers, so
-- an audit can re-check the chain from head office's copy; and the ingest does not pay for the
-- binary conversion (about 9 µs a fact of PostgreSQL's CPU, measured on this machine), which
-- buys nothing here: reports read the rollups, and only recomputation and audits read bodies.
ALTER TABLE events ALTER COLUMN body TYPE json USING body::json;
