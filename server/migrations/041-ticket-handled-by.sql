-- Tickets record who handled them (calledBy / servedBy / finishedBy in the ticket's JSON):
-- ratings, reports, the KPI and the complaint timeline credit that one fact. Tickets stored
-- before get it from their event log rows, the way the engine now records it: the teller
-- signed on at the counter (else whoever pressed the button) of the last call, and of the
-- start and the finish or no-show that followed that call (a new call starts afresh).
-- (Each of these events is about one ticket, in its payload's `ticket`.)
CREATE TEMP TABLE handled_steps AS
  SELECT json_extract(payload, '$.ticket.id') AS ticket_id, seq, type,
         coalesce(json_extract(payload, '$.counter.tellerId'), actor_id) AS staff_id
  FROM event_log
  WHERE type IN ('ticket:called', 'ticket:started', 'ticket:finished', 'ticket:noShowed')
    AND json_extract(payload, '$.ticket.id') IS NOT NULL;
CREATE INDEX temp.handled_steps_by_ticket ON handled_steps (ticket_id, type, seq);

CREATE TEMP TABLE last_calls AS
  SELECT ticket_id, max(seq) AS seq FROM handled_steps WHERE type = 'ticket:called' GROUP BY ticket_id;
CREATE UNIQUE INDEX temp.last_calls_by_ticket ON last_calls (ticket_id);

UPDATE tickets SET data = json_set(
  data,
  '$.calledBy', (SELECT h.staff_id FROM handled_steps h JOIN last_calls c ON c.ticket_id = h.ticket_id AND c.seq = h.seq
                 WHERE h.ticket_id = tickets.id),
  '$.servedBy', (SELECT h.staff_id FROM handled_steps h JOIN last_calls c ON c.ticket_id = h.ticket_id
                 WHERE h.ticket_id = tickets.id AND h.type = 'ticket:started' AND h.seq > c.seq
                 ORDER BY h.seq DESC LIMIT 1),
  '$.finishedBy', (SELECT h.staff_id FROM handled_steps h JOIN last_calls c ON c.ticket_id = h.ticket_id
                   WHERE h.ticket_id = tickets.id AND h.type IN ('ticket:finished', 'ticket:noShowed') AND h.seq > c.seq
                   ORDER BY h.seq DESC LIMIT 1)
)
WHERE json_type(data, '$.calledBy') IS NULL;

DROP TABLE temp.last_calls;
DROP TABLE temp.handled_steps;
