-- Engine state that is not a ticket or a counter: one JSON value per state field
-- (config, businessDate, dayClosed, dispatch, lanes, emergency, recentCalls, lastMessage, vipVisits).
CREATE TABLE engine_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
