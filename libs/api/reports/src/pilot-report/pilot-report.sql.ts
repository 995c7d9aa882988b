import { localDateSql } from '@ketqua/api/core';
import { cohortMembersSql } from './cohorts';

/*
 * The pilot report's read model in SQL (PRODUCT.md 4.7). It reads the org, work, pilot and
 * evaluation tables directly (app_user, unit, position, agency, assignment, deliverable,
 * spot_check, enrollment, evaluation, evaluation_period, evaluation_revision): the reports feature
 * may not import those features (ENGINEERING.md module boundaries), and every aggregate is computed
 * in PostgreSQL. Node only finishes rates and means with libs/domain and runs the bootstrap on the
 * per-official means.
 *
 * The two temp tables live for the report's transaction (ON COMMIT DROP):
 *   report_member — one row per cohort member (cohorts.ts);
 *   report_fact   — one row per member × month (baseline, pre-trend and period months).
 */

/** $1 pilot id, $2/$3 the period's first/last day, $4 the unit ids (cohorts.ts). */
export const CREATE_REPORT_MEMBER = `
  CREATE TEMP TABLE report_member ON COMMIT DROP AS
  WITH ${cohortMembersSql({ pilotId: '$1', from: '$2', to: '$3', unitIds: '$4' })}
  SELECT * FROM cohort_member`;

/**
 * $1 the month starts (date[]), $2 their phases (text[]: BASELINE, PILOT or TREND for a pre-trend
 * month outside the baseline), $3 the pilot id, $4/$5 the first and last day read, $6 the
 * spot-check outcomes that count as kept (libs/domain SPOT_CHECK_COMPLIANT_OUTCOMES).
 */
export const CREATE_REPORT_FACT = `
  CREATE TEMP TABLE report_fact ON COMMIT DROP AS
  WITH months AS (
    SELECT t.month_start, t.phase FROM unnest($1::date[], $2::text[]) AS t(month_start, phase)
  ),
  ev AS (
    -- The latest published revision of each member's monthly evaluation; a month evaluated both in
    -- an agency period and in this pilot's period counts the pilot's.
    SELECT DISTINCT ON (e.official_id, p.starts_on)
           e.official_id, p.starts_on AS month_start, e.unit_id, e.position_id, e.rule_set_version, p.cut_off_at,
           r.score, r.grade, r.quality_percent
      FROM evaluation e
      JOIN evaluation_period p ON p.id = e.period_id
      JOIN LATERAL (
        SELECT rv.score, rv.grade, rv.quality_percent FROM evaluation_revision rv
         WHERE rv.evaluation_id = e.id ORDER BY rv.revision DESC LIMIT 1
      ) r ON true
     WHERE p.kind = 'MONTH' AND p.starts_on = ANY($1::date[])
       AND e.official_id IN (SELECT official_id FROM report_member)
     ORDER BY e.official_id, p.starts_on, (p.pilot_id IS NOT DISTINCT FROM $3::uuid) DESC, e.published_at DESC NULLS LAST
  ),
  asg AS (
    SELECT a.assignee_id AS official_id,
           date_trunc('month', ${localDateSql('a.deadline')})::date AS month_start,
           count(*)::int AS assignments,
           count(*) FILTER (WHERE a.status = 'ACCEPTED')::int AS completed,
           count(*) FILTER (WHERE ot.on_time)::int AS on_time,
           sum(a.coefficient * a.quantity) AS units
      FROM report_member rm
      JOIN assignment a ON a.assignee_id = rm.official_id
      -- Per accepted assignment, its accepted version (UQ_deliverable_assignment_version), not a pass over every deliverable.
      LEFT JOIN LATERAL (
        SELECT true AS on_time FROM deliverable d WHERE d.assignment_id = a.id AND d.decision = 'ACCEPTED' AND d.on_time LIMIT 1
      ) ot ON a.status = 'ACCEPTED'
     WHERE a.status <> 'CANCELLED'
       AND a.deadline >= ($4::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')
       AND a.deadline < (($5::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')
     GROUP BY 1, 2
  ),
  sc AS (
    SELECT s.official_id, date_trunc('month', s.date)::date AS month_start,
           count(*)::int AS checks,
           count(*) FILTER (WHERE s.outcome = ANY($6::text[]))::int AS compliant
      FROM spot_check s
     WHERE s.official_id IN (SELECT official_id FROM report_member)
       AND s.status = 'CLOSED' AND NOT s.manual
       AND s.date BETWEEN $4::date AND $5::date
     GROUP BY 1, 2
  )
  SELECT m.official_id, m.cohort, m.agency_id, m.unit_id, m.position_id,
         mo.month_start, NULLIF(mo.phase, 'TREND') AS phase,
         ev.official_id IS NOT NULL AS evaluated,
         ev.unit_id AS ev_unit_id, ev.position_id AS ev_position_id, ev.rule_set_version, ev.cut_off_at,
         ev.score, ev.grade, ev.quality_percent,
         COALESCE(asg.assignments, 0) AS assignments, COALESCE(asg.completed, 0) AS completed,
         COALESCE(asg.on_time, 0) AS on_time, COALESCE(asg.units, 0) AS units,
         COALESCE(sc.checks, 0) AS checks, COALESCE(sc.compliant, 0) AS compliant
    FROM report_member m
   CROSS JOIN months mo
    LEFT JOIN ev ON ev.official_id = m.official_id AND ev.month_start = mo.month_start
    LEFT JOIN asg ON asg.official_id = m.official_id AND asg.month_start = mo.month_start
    LEFT JOIN sc ON sc.official_id = m.official_id AND sc.month_start = mo.month_start`;

/**
 * Every metric for the summary (the four cells) and the three breakdowns in one pass; `level`
 * says which: 0 summary, 1 agency, 2 unit, 3 position, 4 grade counts, 5 pre-trend month.
 */
export const AGGREGATES = `
  SELECT CASE GROUPING(agency_id, unit_id, position_id, grade_key, month_start)
           WHEN 31 THEN 0 WHEN 15 THEN 1 WHEN 23 THEN 2 WHEN 27 THEN 3 WHEN 29 THEN 4 ELSE 5 END AS level,
         cohort, phase, agency_id, unit_id, position_id, grade_key AS grade, month_start::text AS month_start,
         count(DISTINCT official_id)::int AS headcount,
         count(*)::int AS official_months,
         sum(assignments)::int AS assignments, sum(completed)::int AS completed, sum(on_time)::int AS on_time,
         sum(units)::float8 AS units,
         count(*) FILTER (WHERE evaluated)::int AS evaluations,
         sum(score)::float8 AS score_sum, count(score)::int AS score_n,
         sum(quality_percent)::float8 AS quality_sum, count(quality_percent)::int AS quality_n,
         sum(checks)::int AS checks, sum(compliant)::int AS compliant
    FROM (SELECT f.*, CASE WHEN f.evaluated THEN COALESCE(f.grade, 'NOT_CLASSIFIED') END AS grade_key FROM report_fact f) f0
   GROUP BY GROUPING SETS (
     (cohort, phase),
     (cohort, phase, agency_id),
     (cohort, phase, unit_id),
     (cohort, phase, position_id),
     (cohort, phase, grade_key),
     (cohort, month_start)
   )`;

/** One observation per official × phase: the mean of their published monthly scores, with their unit. */
export const DID_OBSERVATIONS = `
  SELECT official_id, cohort, phase, unit_id, avg(score)::float8 AS mean_score
    FROM report_fact
   WHERE phase IS NOT NULL AND score IS NOT NULL
   GROUP BY official_id, cohort, phase, unit_id
   ORDER BY unit_id, official_id, phase`;

/** The cohorts' composition (balance table). */
export const BALANCE = `
  SELECT dimension, key, cohort, count(*)::int AS n FROM (
    SELECT m.cohort, 'STAFF_CATEGORY' AS dimension, u.staff_category AS key FROM report_member m JOIN app_user u ON u.id = m.official_id
    UNION ALL
    SELECT m.cohort, 'LEADER', CASE WHEN u.is_leader THEN 'LEADER' ELSE 'NOT_LEADER' END FROM report_member m JOIN app_user u ON u.id = m.official_id
    UNION ALL
    SELECT m.cohort, 'AGENCY', m.agency_id::text FROM report_member m
    UNION ALL
    SELECT m.cohort, 'POSITION', m.position_id::text FROM report_member m
  ) b
  GROUP BY dimension, key, cohort
  ORDER BY dimension, key, cohort`;

/** Official × month of either phase without a published evaluation: the count, and the first $1. */
export const MISSING_EVALUATIONS = `
  SELECT count(*) OVER ()::int AS total, f.official_id, u.full_name, un.name AS unit_name, f.cohort, f.phase, to_char(f.month_start, 'YYYY-MM') AS month
    FROM report_fact f
    JOIN app_user u ON u.id = f.official_id
    JOIN unit un ON un.id = f.unit_id
   WHERE f.phase IS NOT NULL AND NOT f.evaluated
   ORDER BY un.name, u.full_name, f.official_id, f.month_start
   LIMIT $1`;

/** Members whose cohort is not clean: enrollment started or ended inside the period, or unit/position changed. */
export const MOVED_COHORT = `
  WITH changed AS (
    SELECT official_id,
           bool_or(ev_unit_id <> unit_id) AS changed_unit,
           bool_or(ev_position_id IS DISTINCT FROM position_id) AS changed_position
      FROM report_fact WHERE phase IS NOT NULL AND evaluated
     GROUP BY official_id
  )
  SELECT count(*) OVER ()::int AS total, x.* FROM (
    SELECT m.official_id, u.full_name, un.name AS unit_name, m.cohort,
           (m.cohort = 'HOME' AND m.enrolled_from > $2::date) AS started_in_period,
           (m.cohort = 'HOME' AND m.enrolled_to < $3::date) AS ended_in_period,
           COALESCE(ch.changed_unit, false) AS changed_unit,
           COALESCE(ch.changed_position, false) AS changed_position
      FROM report_member m
      JOIN app_user u ON u.id = m.official_id
      JOIN unit un ON un.id = m.unit_id
      LEFT JOIN changed ch ON ch.official_id = m.official_id
  ) x
   WHERE started_in_period OR ended_in_period OR changed_unit OR changed_position
   ORDER BY unit_name, full_name, official_id
   LIMIT $1`;

/** Rule-set versions of the evaluations read and the latest data cut-off of their periods. */
export const PROVENANCE = `
  SELECT array_remove(array_agg(DISTINCT rule_set_version), NULL) AS versions, max(cut_off_at) AS cut_off
    FROM report_fact WHERE phase IS NOT NULL AND evaluated`;

/** Names of the agencies, units and positions the rows name. */
export const NAMES = `
  SELECT 'AGENCY' AS kind, a.id, a.name, a.id AS agency_id FROM agency a WHERE a.id = ANY($1::uuid[])
  UNION ALL SELECT 'UNIT', u.id, u.name, u.agency_id FROM unit u WHERE u.id = ANY($2::uuid[])
  UNION ALL SELECT 'POSITION', p.id, p.name, p.agency_id FROM position p WHERE p.id = ANY($3::uuid[])`;
