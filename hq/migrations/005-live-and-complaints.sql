-- What the live grid shows, replaced by each batch: lanes and counters as the branch last reported them.
CREATE TABLE branch_lanes (
  branch_id        text NOT NULL REFERENCES branches (id),
  lane_id          text NOT NULL,
  waiting          integer NOT NULL,
  longest_wait_ms  bigint NOT NULL,
  paused           boolean NOT NULL,
  estimate_low     real,
  estimate_high    real,
  issued_today     integer NOT NULL,
  as_of            bigint NOT NULL,
  PRIMARY KEY (branch_id, lane_id)
);

CREATE TABLE branch_counters (
  branch_id       text NOT NULL REFERENCES branches (id),
  counter_id      text NOT NULL,
  number          integer NOT NULL,
  status          text NOT NULL,
  pause_reason    text,
  online          boolean NOT NULL,
  teller_no       text,
  lane_ids        text[] NOT NULL,
  current_number  text,
  idle_since      bigint,
  as_of           bigint NOT NULL,
  PRIMARY KEY (branch_id, counter_id)
);

-- Open lobby alerts of each branch (raised and not yet cleared).
CREATE TABLE branch_alerts (
  branch_id     text NOT NULL REFERENCES branches (id),
  alert_id      text NOT NULL,
  kind          text NOT NULL,
  lane_id       text,
  counter_id    text,
  raised_at     bigint NOT NULL,
  acknowledged  boolean NOT NULL DEFAULT false,
  PRIMARY KEY (branch_id, alert_id)
);

-- Complaints as the branch last reported them: state and clocks only, never their text or contact.
CREATE TABLE complaints (
  branch_id            text NOT NULL REFERENCES branches (id),
  complaint_id         text NOT NULL,
  received_at          bigint NOT NULL,
  received_date        date NOT NULL,
  source               text NOT NULL,
  category             text NOT NULL,
  severity             text NOT NULL,
  status               text NOT NULL,
  teller_no            text,
  first_response_due   date NOT NULL,
  handling_due         date NOT NULL,
  written_result_due   date,
  responded_at         bigint,
  resolved_at          bigint,
  written_result_at    bigint,
  closed_at            bigint,
  PRIMARY KEY (branch_id, complaint_id)
);
CREATE INDEX complaints_by_date ON complaints (received_date);
