-- Each VIP proof (from vip:lookup) lets one ticket into the VIP or a restricted lane: the
-- nonce of a used proof is kept until the proof has expired (purged hourly).
CREATE TABLE vip_proof_uses (
  nonce     TEXT PRIMARY KEY,
  ticket_id TEXT NOT NULL,
  used_at   INTEGER NOT NULL
);
CREATE INDEX vip_proof_uses_by_time ON vip_proof_uses (used_at);
