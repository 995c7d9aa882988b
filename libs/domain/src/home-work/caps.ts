import { RuleSet } from '../rule-sets/rule-set.types';
import { check } from '../shared/errors';
import { explain, Explanation } from '../shared/explanation';
import { assertLocalDate, datesInRange, isoWeekday, IsoWeekday, isWeekend, LocalDate, WeekdayName, weekdayName } from '../shared/local-date';
import { assertInteger, assertFinite, roundTo } from '../shared/numbers';

/** An approved (or proposed) home-work arrangement: weekdays at home between two dates. */
export interface Enrollment {
  id: string;
  officialId: string;
  /** ISO weekdays at home, Monday (1) to Friday (5). */
  weekdays: readonly IsoWeekday[];
  startDate: LocalDate;
  endDate: LocalDate;
}

/** Leave or other absence: the official is neither at home nor on site. */
export interface Absence {
  officialId: string;
  startDate: LocalDate;
  endDate: LocalDate;
}

export interface HomeWorkLimits {
  maxHomeSharePercent: number;
  minOnSite: number;
  maxHomeDaysPerWeek: number;
}

export interface CapCheckInput {
  /** Ids of every official of the unit (the headcount the share is taken of). */
  roster: readonly string[];
  approved: readonly Enrollment[];
  proposed: Enrollment;
  absences?: readonly Absence[];
  /** Days to check, e.g. WorkingCalendar#isWorkingDay; default Monday to Friday. */
  isWorkingDay?: (date: LocalDate) => boolean;
  /** The pilot's own limits where it sets them; the rule set's defaults otherwise. */
  limits?: Partial<HomeWorkLimits>;
}

export interface WeekdayCap {
  weekday: IsoWeekday;
  weekdayName: WeekdayName;
  /** Whether the proposed enrollment puts its official at home on this weekday. */
  affected: boolean;
  /** Most officials at home on any date of this weekday in the period (with the proposal). */
  homeCount: number;
  total: number;
  sharePercent: number;
  capPercent: number;
  /** Most officials the cap allows at home: floor(cap% × total). */
  maxHome: number;
  /** Fewest officials on site on any date of this weekday in the period. */
  onSiteCount: number;
  minOnSite: number;
  breaksCap: boolean;
  breaksMinOnSite: boolean;
  /** The dates that break (working dates of this weekday in the proposed period). */
  breakingDates: LocalDate[];
}

export type CapViolationKind = 'HOME_SHARE_CAP' | 'MIN_ON_SITE' | 'HOME_DAYS_PER_WEEK';

export interface CapViolation {
  kind: CapViolationKind;
  weekday: IsoWeekday | null;
  firstDate: LocalDate | null;
  message: string;
}

export interface CapCheck {
  ok: boolean;
  weekdays: WeekdayCap[];
  weeklyLimit: { homeDaysPerWeek: number; max: number; weekdays: IsoWeekday[]; ok: boolean };
  violations: CapViolation[];
  explanation: Explanation;
}

function validateEnrollment(enrollment: Enrollment, field: string): void {
  assertLocalDate(enrollment.startDate, `${field}.startDate`);
  assertLocalDate(enrollment.endDate, `${field}.endDate`);
  check(enrollment.startDate <= enrollment.endDate, `${field}.endDate`, 'must not be before startDate');
  check(enrollment.weekdays.length > 0, `${field}.weekdays`, 'needs at least one weekday');
  check(new Set(enrollment.weekdays).size === enrollment.weekdays.length, `${field}.weekdays`, 'must not repeat a weekday');
  enrollment.weekdays.forEach((weekday, i) => assertInteger(weekday, `${field}.weekdays[${i}]`, 1, 5));
}

function covers(range: { startDate: LocalDate; endDate: LocalDate }, date: LocalDate): boolean {
  return range.startDate <= date && date <= range.endDate;
}

function overlaps(a: Enrollment, b: Enrollment): boolean {
  return a.startDate <= b.endDate && b.startDate <= a.endDate;
}

export function homeWorkLimits(ruleSet: RuleSet, overrides: Partial<HomeWorkLimits> = {}): HomeWorkLimits {
  const limits = { ...ruleSet.homeWork, ...overrides };
  assertFinite(limits.maxHomeSharePercent, 'limits.maxHomeSharePercent', 0, 100);
  assertInteger(limits.minOnSite, 'limits.minOnSite', 0);
  assertInteger(limits.maxHomeDaysPerWeek, 'limits.maxHomeDaysPerWeek', 0, 5);
  return { maxHomeSharePercent: limits.maxHomeSharePercent, minOnSite: limits.minOnSite, maxHomeDaysPerWeek: limits.maxHomeDaysPerWeek };
}

/**
 * Pilot principles (PRODUCT 4.1): on any working day the share of a unit's officials at home may
 * not exceed the cap (default 30%), at least a minimum stay on site, and nobody has more than the
 * weekly maximum of home days (default 2), because home work never fully replaces office work.
 * Checks every working date of the proposed period, weekday by weekday, and reports the worst
 * numbers of each weekday with the dates that break; approval is refused if any violation is
 * reported. An approved enrollment with the proposal's id is the one being changed and is ignored.
 */
export function checkHomeWorkCaps(input: CapCheckInput, ruleSet: RuleSet): CapCheck {
  const limits = homeWorkLimits(ruleSet, input.limits);
  const roster = new Set(input.roster);
  check(roster.size === input.roster.length, 'roster', 'must not repeat an official');
  validateEnrollment(input.proposed, 'proposed');
  check(roster.has(input.proposed.officialId), 'proposed.officialId', 'is not on the unit roster');
  input.approved.forEach((enrollment, i) => validateEnrollment(enrollment, `approved[${i}]`));
  const absences = input.absences ?? [];
  absences.forEach((absence, i) => {
    assertLocalDate(absence.startDate, `absences[${i}].startDate`);
    assertLocalDate(absence.endDate, `absences[${i}].endDate`);
  });
  const isWorkingDay = input.isWorkingDay ?? ((date: LocalDate) => !isWeekend(date));
  const others = input.approved.filter((enrollment) => enrollment.id !== input.proposed.id && roster.has(enrollment.officialId));
  const total = roster.size;
  const maxHome = Math.floor((limits.maxHomeSharePercent * total) / 100 + 1e-9);
  const dates = datesInRange(input.proposed.startDate, input.proposed.endDate).filter(isWorkingDay);

  const weekdays: WeekdayCap[] = ([1, 2, 3, 4, 5] as const).map((weekday) => {
    const affected = input.proposed.weekdays.includes(weekday);
    let homeCount = 0;
    let onSiteCount = total;
    let breaksCap = false;
    let breaksMinOnSite = false;
    const breakingDates: LocalDate[] = [];
    for (const date of dates.filter((candidate) => isoWeekday(candidate) === weekday)) {
      const absent = new Set(absences.filter((absence) => roster.has(absence.officialId) && covers(absence, date)).map((absence) => absence.officialId));
      const home = new Set(
        [...others, ...(affected ? [input.proposed] : [])]
          .filter((enrollment) => enrollment.weekdays.includes(weekday) && covers(enrollment, date) && !absent.has(enrollment.officialId))
          .map((enrollment) => enrollment.officialId),
      );
      const onSite = total - home.size - absent.size;
      homeCount = Math.max(homeCount, home.size);
      onSiteCount = Math.min(onSiteCount, onSite);
      breaksCap ||= home.size > maxHome;
      breaksMinOnSite ||= onSite < limits.minOnSite;
      if (home.size > maxHome || onSite < limits.minOnSite) breakingDates.push(date);
    }
    return {
      weekday,
      weekdayName: weekdayName(weekday),
      affected,
      homeCount,
      total,
      sharePercent: roundTo((homeCount / total) * 100),
      capPercent: limits.maxHomeSharePercent,
      maxHome,
      onSiteCount,
      minOnSite: limits.minOnSite,
      breaksCap,
      breaksMinOnSite,
      breakingDates,
    };
  });

  const violations: CapViolation[] = [];
  for (const day of weekdays.filter((candidate) => candidate.affected)) {
    if (day.breaksCap) {
      violations.push({
        kind: 'HOME_SHARE_CAP',
        weekday: day.weekday,
        firstDate: day.breakingDates[0],
        message: `${day.weekdayName}: ${day.homeCount} of ${day.total} officials at home (${day.sharePercent}%) exceeds the cap of ${day.capPercent}% (at most ${day.maxHome})`,
      });
    }
    if (day.breaksMinOnSite) {
      violations.push({
        kind: 'MIN_ON_SITE',
        weekday: day.weekday,
        firstDate: day.breakingDates[0],
        message: `${day.weekdayName}: ${day.onSiteCount} on site is below the minimum of ${day.minOnSite}`,
      });
    }
  }
  const ownWeekdays = new Set<IsoWeekday>(input.proposed.weekdays);
  for (const enrollment of others) {
    if (enrollment.officialId === input.proposed.officialId && overlaps(enrollment, input.proposed)) enrollment.weekdays.forEach((weekday) => ownWeekdays.add(weekday));
  }
  const weeklyLimit = {
    homeDaysPerWeek: ownWeekdays.size,
    max: limits.maxHomeDaysPerWeek,
    weekdays: [...ownWeekdays].sort((a, b) => a - b),
    ok: ownWeekdays.size <= limits.maxHomeDaysPerWeek,
  };
  if (!weeklyLimit.ok) {
    violations.push({
      kind: 'HOME_DAYS_PER_WEEK',
      weekday: null,
      firstDate: null,
      message: `${weeklyLimit.homeDaysPerWeek} home days a week exceeds the maximum of ${weeklyLimit.max}`,
    });
  }
  return {
    ok: violations.length === 0,
    weekdays,
    weeklyLimit,
    violations,
    explanation: explain({
      rule: 'homeWork.caps',
      source: 'Pilot principles (PRODUCT 4.1): home share ≤ cap (default 30%) and a minimum on site on every working day; at most 2 home days a week',
      ruleSetVersion: ruleSet.version,
      inputs: {
        roster: total,
        approvedEnrollments: others.length,
        proposed: { officialId: input.proposed.officialId, weekdays: [...input.proposed.weekdays], startDate: input.proposed.startDate, endDate: input.proposed.endDate },
        limits: { ...limits },
        workingDatesChecked: dates.length,
      },
      steps: weekdays.map((day) => ({
        label: day.weekdayName,
        value: { home: day.homeCount, onSite: day.onSiteCount, sharePercent: day.sharePercent },
        formula: `${day.homeCount} ≤ ${day.maxHome} at home, ${day.onSiteCount} ≥ ${day.minOnSite} on site`,
      })),
      result: violations.length === 0 ? 'within caps' : violations.map((violation) => violation.message),
    }),
  };
}
