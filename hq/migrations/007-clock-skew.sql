-- How far the branch's clock is from head office's (head office receipt minus the batch's
-- sentAt, network time included): lag and the live longest wait are read on the branch's clock.
ALTER TABLE branch_replication ADD COLUMN clock_skew_ms bigint NOT NULL DEFAULT 0;
