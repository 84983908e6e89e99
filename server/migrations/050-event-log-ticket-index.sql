-- The event log's ticket index: which tickets each event touched (one row per ticket; a day
-- close touches hundreds), so a ticket's history is one indexed lookup instead of parsing a
-- whole day of payloads. Written with the event, in the same transaction; append-only too.
CREATE TABLE event_log_tickets (
  ticket_id TEXT NOT NULL,
  seq       INTEGER NOT NULL REFERENCES event_log (seq),
  PRIMARY KEY (ticket_id, seq)
) WITHOUT ROWID;
CREATE TRIGGER event_log_tickets_no_update BEFORE UPDATE ON event_log_tickets
BEGIN SELECT RAISE(ABORT, 'event_log_tickets is append-only'); END;
CREATE TRIGGER event_log_tickets_no_delete BEFORE DELETE ON event_log_tickets
BEGIN SELECT RAISE(ABORT, 'event_log_tickets is append-only'); END;

-- The events logged before this migration: the ticket, or each of the tickets, in the payload.
INSERT INTO event_log_tickets (ticket_id, seq)
  SELECT json_extract(payload, '$.ticket.id'), seq FROM event_log
  WHERE json_extract(payload, '$.ticket.id') IS NOT NULL;
INSERT OR IGNORE INTO event_log_tickets (ticket_id, seq)
  SELECT json_extract(t.value, '$.id'), e.seq FROM event_log e, json_each(e.payload, '$.tickets') t
  WHERE json_extract(t.value, '$.id') IS NOT NULL;
