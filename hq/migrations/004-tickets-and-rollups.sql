-- The latest known state of every ticket: the rollups hold exactly the sum of each ticket's
-- contribution computed from its row here, so a change moves a contribution (old out, new in).
CREATE TABLE tickets (
  branch_id          text NOT NULL,
  business_date      date NOT NULL,
  ticket_id          text NOT NULL,
  hour               smallint NOT NULL,
  lane_id            text NOT NULL,
  business_type_id   text NOT NULL,
  number             text NOT NULL,
  status             text NOT NULL,
  outcome            text,
  issued_at          bigint NOT NULL,
  called_at          bigint,
  started_at         bigint,
  finished_at        bigint,
  counter_id         text,
  teller_no          text,
  transfers          integer NOT NULL,
  target_wait_ms     bigint,
  target_service_ms  bigint,
  attitude           smallint,
  efficiency         smallint,
  PRIMARY KEY (branch_id, business_date, ticket_id)
) PARTITION BY RANGE (business_date);

-- One set of measures (hq/src/server/rollups/measures.ts), three groupings, kept up to date
-- in the ingest transaction. Waits are also counted in a histogram (w00..w25) so p90 comes
-- from sums as well.
CREATE TABLE rollup_hour (
  branch_id text NOT NULL, business_date date NOT NULL, hour smallint NOT NULL,
  lane_id text NOT NULL, business_type_id text NOT NULL,
  issued integer NOT NULL DEFAULT 0, waited integer NOT NULL DEFAULT 0, wait_ms bigint NOT NULL DEFAULT 0, within_target integer NOT NULL DEFAULT 0,
  no_show integer NOT NULL DEFAULT 0, served integer NOT NULL DEFAULT 0, cancelled integer NOT NULL DEFAULT 0, closed_day_end integer NOT NULL DEFAULT 0,
  service_n integer NOT NULL DEFAULT 0, service_ms bigint NOT NULL DEFAULT 0, target_service_ms bigint NOT NULL DEFAULT 0, served_service_ms bigint NOT NULL DEFAULT 0,
  clean_served integer NOT NULL DEFAULT 0, rated integer NOT NULL DEFAULT 0, attitude_sum integer NOT NULL DEFAULT 0, efficiency_sum integer NOT NULL DEFAULT 0,
  transfers integer NOT NULL DEFAULT 0, w00 integer NOT NULL DEFAULT 0, w01 integer NOT NULL DEFAULT 0, w02 integer NOT NULL DEFAULT 0,
  w03 integer NOT NULL DEFAULT 0, w04 integer NOT NULL DEFAULT 0, w05 integer NOT NULL DEFAULT 0, w06 integer NOT NULL DEFAULT 0,
  w07 integer NOT NULL DEFAULT 0, w08 integer NOT NULL DEFAULT 0, w09 integer NOT NULL DEFAULT 0, w10 integer NOT NULL DEFAULT 0,
  w11 integer NOT NULL DEFAULT 0, w12 integer NOT NULL DEFAULT 0, w13 integer NOT NULL DEFAULT 0, w14 integer NOT NULL DEFAULT 0,
  w15 integer NOT NULL DEFAULT 0, w16 integer NOT NULL DEFAULT 0, w17 integer NOT NULL DEFAULT 0, w18 integer NOT NULL DEFAULT 0,
  w19 integer NOT NULL DEFAULT 0, w20 integer NOT NULL DEFAULT 0, w21 integer NOT NULL DEFAULT 0, w22 integer NOT NULL DEFAULT 0,
  w23 integer NOT NULL DEFAULT 0, w24 integer NOT NULL DEFAULT 0, w25 integer NOT NULL DEFAULT 0,
  PRIMARY KEY (branch_id, business_date, hour, lane_id, business_type_id)
) PARTITION BY RANGE (business_date);

CREATE TABLE rollup_day (
  branch_id text NOT NULL, business_date date NOT NULL,
  lane_id text NOT NULL, business_type_id text NOT NULL,
  issued integer NOT NULL DEFAULT 0, waited integer NOT NULL DEFAULT 0, wait_ms bigint NOT NULL DEFAULT 0, within_target integer NOT NULL DEFAULT 0,
  no_show integer NOT NULL DEFAULT 0, served integer NOT NULL DEFAULT 0, cancelled integer NOT NULL DEFAULT 0, closed_day_end integer NOT NULL DEFAULT 0,
  service_n integer NOT NULL DEFAULT 0, service_ms bigint NOT NULL DEFAULT 0, target_service_ms bigint NOT NULL DEFAULT 0, served_service_ms bigint NOT NULL DEFAULT 0,
  clean_served integer NOT NULL DEFAULT 0, rated integer NOT NULL DEFAULT 0, attitude_sum integer NOT NULL DEFAULT 0, efficiency_sum integer NOT NULL DEFAULT 0,
  transfers integer NOT NULL DEFAULT 0, w00 integer NOT NULL DEFAULT 0, w01 integer NOT NULL DEFAULT 0, w02 integer NOT NULL DEFAULT 0,
  w03 integer NOT NULL DEFAULT 0, w04 integer NOT NULL DEFAULT 0, w05 integer NOT NULL DEFAULT 0, w06 integer NOT NULL DEFAULT 0,
  w07 integer NOT NULL DEFAULT 0, w08 integer NOT NULL DEFAULT 0, w09 integer NOT NULL DEFAULT 0, w10 integer NOT NULL DEFAULT 0,
  w11 integer NOT NULL DEFAULT 0, w12 integer NOT NULL DEFAULT 0, w13 integer NOT NULL DEFAULT 0, w14 integer NOT NULL DEFAULT 0,
  w15 integer NOT NULL DEFAULT 0, w16 integer NOT NULL DEFAULT 0, w17 integer NOT NULL DEFAULT 0, w18 integer NOT NULL DEFAULT 0,
  w19 integer NOT NULL DEFAULT 0, w20 integer NOT NULL DEFAULT 0, w21 integer NOT NULL DEFAULT 0, w22 integer NOT NULL DEFAULT 0,
  w23 integer NOT NULL DEFAULT 0, w24 integer NOT NULL DEFAULT 0, w25 integer NOT NULL DEFAULT 0,
  PRIMARY KEY (branch_id, business_date, lane_id, business_type_id)
) PARTITION BY RANGE (business_date);

-- Staff statistics: per teller (by staff number) per day.
CREATE TABLE rollup_teller_day (
  branch_id text NOT NULL, business_date date NOT NULL, teller_no text NOT NULL,
  issued integer NOT NULL DEFAULT 0, waited integer NOT NULL DEFAULT 0, wait_ms bigint NOT NULL DEFAULT 0, within_target integer NOT NULL DEFAULT 0,
  no_show integer NOT NULL DEFAULT 0, served integer NOT NULL DEFAULT 0, cancelled integer NOT NULL DEFAULT 0, closed_day_end integer NOT NULL DEFAULT 0,
  service_n integer NOT NULL DEFAULT 0, service_ms bigint NOT NULL DEFAULT 0, target_service_ms bigint NOT NULL DEFAULT 0, served_service_ms bigint NOT NULL DEFAULT 0,
  clean_served integer NOT NULL DEFAULT 0, rated integer NOT NULL DEFAULT 0, attitude_sum integer NOT NULL DEFAULT 0, efficiency_sum integer NOT NULL DEFAULT 0,
  transfers integer NOT NULL DEFAULT 0, w00 integer NOT NULL DEFAULT 0, w01 integer NOT NULL DEFAULT 0, w02 integer NOT NULL DEFAULT 0,
  w03 integer NOT NULL DEFAULT 0, w04 integer NOT NULL DEFAULT 0, w05 integer NOT NULL DEFAULT 0, w06 integer NOT NULL DEFAULT 0,
  w07 integer NOT NULL DEFAULT 0, w08 integer NOT NULL DEFAULT 0, w09 integer NOT NULL DEFAULT 0, w10 integer NOT NULL DEFAULT 0,
  w11 integer NOT NULL DEFAULT 0, w12 integer NOT NULL DEFAULT 0, w13 integer NOT NULL DEFAULT 0, w14 integer NOT NULL DEFAULT 0,
  w15 integer NOT NULL DEFAULT 0, w16 integer NOT NULL DEFAULT 0, w17 integer NOT NULL DEFAULT 0, w18 integer NOT NULL DEFAULT 0,
  w19 integer NOT NULL DEFAULT 0, w20 integer NOT NULL DEFAULT 0, w21 integer NOT NULL DEFAULT 0, w22 integer NOT NULL DEFAULT 0,
  w23 integer NOT NULL DEFAULT 0, w24 integer NOT NULL DEFAULT 0, w25 integer NOT NULL DEFAULT 0,
  PRIMARY KEY (branch_id, business_date, teller_no)
) PARTITION BY RANGE (business_date);
