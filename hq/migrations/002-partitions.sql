-- Month partitions for the big tables, created ahead of time (and on demand by ingest).
-- An advisory lock per parent table makes concurrent callers wait instead of racing.
CREATE FUNCTION hq_ensure_month_partitions(parent text, first_month date, months integer)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  m date;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('hq_partitions:' || parent));
  FOR i IN 0 .. months - 1 LOOP
    m := (date_trunc('month', first_month) + make_interval(months => i))::date;
    IF to_regclass(format('%I', parent || '_' || to_char(m, 'YYYY_MM'))) IS NULL THEN
      EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES FROM (%L) TO (%L)',
        parent || '_' || to_char(m, 'YYYY_MM'), parent, m, (m + interval '1 month')::date);
    END IF;
  END LOOP;
END $$;
