import { addDays, LocalDate } from '@ketqua/domain';
import { EntityManager } from 'typeorm';

/**
 * The demo city's evaluation history (issue 12): a MONTH of finished work and a published
 * evaluation for each official of the two cohorts, for the six months before the demo pilot
 * started (baseline) and for every pilot month before the three the evaluation demo shows (those
 * stay as they are: published, head scoring, self-assessment). The work module writes the
 * assignments, the evaluation module the periods and evaluations from their facts; both read the
 * same months, cohorts and random draws from here, so neither imports the other.
 *
 * The planted effect lives in the work: in pilot months the home cohort's assignments are late or
 * returned for a major error about two times fewer a month than the office cohort's (≈ +3.9 points
 * of period score through libs/domain's scoring), with per-official and per-month noise.
 */
export const DEMO_HISTORY = {
  baselineMonths: 6,
  /** The evaluation demo's own months (today's three before): the history stops before them. */
  monthsLeftToTheEvaluationDemo: 3,
  /** The source document of every history assignment, by which it is found again (idempotence). */
  document: 'LS-THIDIEM/ĐGKQ',
  assignmentsPerMonth: 3,
  /** Mean faults (a missed deadline or a major-error return) per official-month. */
  meanFaults: { baseline: 4, pilotOffice: 3.6, pilotHome: 1.6 },
};

export interface DemoHistoryMonth {
  year: number;
  number: number;
  from: LocalDate;
  to: LocalDate;
  phase: 'BASELINE' | 'PILOT';
}

export interface DemoHistoryCohorts {
  pilotId: string;
  pilotStart: LocalDate;
  agencyId: string;
  /** Officials with an approved enrollment in the pilot (the home cohort). */
  home: string[];
  /** Active officials of the home cohort's positions, without an approved enrollment (the office cohort). */
  office: string[];
}

const monthStart = (index: number): LocalDate => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;

/** The history's months: six before the pilot's start month, then the pilot's months up to the evaluation demo's first. */
export function demoHistoryMonths(pilotStart: LocalDate, today: LocalDate): DemoHistoryMonth[] {
  const index = (d: LocalDate) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1;
  const start = index(pilotStart);
  const end = index(today) - DEMO_HISTORY.monthsLeftToTheEvaluationDemo; // exclusive
  const months: DemoHistoryMonth[] = [];
  for (let i = start - DEMO_HISTORY.baselineMonths; i < end; i++) {
    months.push({
      year: Math.floor(i / 12),
      number: (i % 12) + 1,
      from: monthStart(i),
      to: addDays(monthStart(i + 1), -1),
      phase: i < start ? 'BASELINE' : 'PILOT',
    });
  }
  return months;
}

/**
 * The cohorts of the demo pilot (the one with approved enrollments that started first), read by SQL
 * over the pilot's tables (a read model: core may not import the pilot feature).
 */
export async function demoHistoryCohorts(manager: EntityManager): Promise<DemoHistoryCohorts | null> {
  const [pilot] = (await manager.query(
    `SELECT p.id, to_char(p.start_date, 'YYYY-MM-DD') AS start, u.agency_id
       FROM pilot p JOIN enrollment e ON e.pilot_id = p.id AND e.status = 'APPROVED' JOIN unit u ON u.id = e.unit_id
      ORDER BY p.start_date, p.id LIMIT 1`,
  )) as Array<{ id: string; start: string; agency_id: string }>;
  if (!pilot) return null;
  const rows = (await manager.query(
    `WITH home AS (SELECT DISTINCT official_id FROM enrollment WHERE pilot_id = $1 AND status = 'APPROVED')
     SELECT u.id, (u.id IN (SELECT official_id FROM home)) AS home
       FROM app_user u JOIN unit un ON un.id = u.unit_id
      WHERE u.active AND un.agency_id = $2
        AND u.position_id IN (SELECT position_id FROM app_user WHERE id IN (SELECT official_id FROM home))
      ORDER BY u.email`,
    [pilot.id, pilot.agency_id],
  )) as Array<{ id: string; home: boolean }>;
  return {
    pilotId: pilot.id,
    pilotStart: pilot.start,
    agencyId: pilot.agency_id,
    home: rows.filter((r) => r.home).map((r) => r.id),
    office: rows.filter((r) => !r.home).map((r) => r.id),
  };
}

/** A deterministic stream of numbers in [0, 1) for `key` (mulberry32 over an FNV-1a hash of the key). */
export function demoRandom(key: string): () => number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  let state = h >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
