import fc from 'fast-check';
import { createWorkingCalendar } from '../calendar/working-calendar';
import { RULE_SET_V1 } from '../rule-sets/v1';
import { DomainValidationError } from '../shared/errors';
import { addDays, datesInRange, IsoWeekday, isoWeekday } from '../shared/local-date';
import { CapCheckInput, checkHomeWorkCaps, Enrollment, homeWorkLimits } from './caps';

const rules = RULE_SET_V1;
const roster = (n: number): string[] => Array.from({ length: n }, (_, i) => `o${String(i + 1).padStart(2, '0')}`);
const enrollment = (officialId: string, weekdays: IsoWeekday[], startDate = '2026-03-02', endDate = '2026-06-30', id = `e-${officialId}`): Enrollment => ({
  id,
  officialId,
  weekdays,
  startDate,
  endDate,
});

describe('home-work caps (pilot principles, PRODUCT 4.1)', () => {
  it('accepts the third official at home on Tuesday in a unit of ten (30% cap)', () => {
    const result = checkHomeWorkCaps({ roster: roster(10), approved: [enrollment('o01', [2, 4]), enrollment('o02', [2])], proposed: enrollment('o03', [2, 5]) }, rules);
    expect(result.ok).toBe(true);
    expect(result.weekdays[1]).toMatchObject({ weekdayName: 'TUESDAY', affected: true, homeCount: 3, total: 10, sharePercent: 30, maxHome: 3, onSiteCount: 7, breaksCap: false });
    expect(result.weekdays[0]).toMatchObject({ weekdayName: 'MONDAY', affected: false, homeCount: 0 });
    expect(result.explanation).toMatchObject({ rule: 'homeWork.caps', ruleSetVersion: 'v1', result: 'within caps' });
  });

  it('refuses the fourth, naming the day and the numbers', () => {
    const result = checkHomeWorkCaps(
      {
        roster: roster(10),
        approved: [enrollment('o01', [2]), enrollment('o02', [2]), enrollment('o03', [2])],
        proposed: enrollment('o04', [2, 4], '2026-03-01', '2026-03-31'),
      },
      rules,
    );
    expect(result.ok).toBe(false);
    expect(result.violations).toEqual([
      {
        kind: 'HOME_SHARE_CAP',
        weekday: 2,
        firstDate: '2026-03-03',
        message: 'TUESDAY: 4 of 10 officials at home (40%) exceeds the cap of 30% (at most 3)',
      },
    ]);
    expect(result.weekdays[1].breakingDates).toEqual(['2026-03-03', '2026-03-10', '2026-03-17', '2026-03-24', '2026-03-31']);
    expect(result.weekdays[3].breaksCap).toBe(false);
  });

  it('only counts enrollments that overlap the dates, and ignores the enrollment being changed', () => {
    const result = checkHomeWorkCaps(
      {
        roster: roster(10),
        approved: [
          enrollment('o01', [2], '2026-01-01', '2026-02-28'),
          enrollment('o02', [2]),
          enrollment('o03', [2]),
          enrollment('o04', [1], '2026-03-02', '2026-06-30', 'same'),
          enrollment('gone', [2]),
        ],
        proposed: enrollment('o04', [2], '2026-03-02', '2026-06-30', 'same'),
      },
      rules,
    );
    expect(result.ok).toBe(true);
    expect(result.weekdays[1].homeCount).toBe(3);
  });

  it('keeps the minimum on site, counting absences', () => {
    const base: CapCheckInput = { roster: roster(4), approved: [], proposed: enrollment('o01', [3], '2026-03-02', '2026-03-13') };
    expect(checkHomeWorkCaps({ ...base, limits: { maxHomeSharePercent: 100, minOnSite: 3 } }, rules).ok).toBe(true);
    const result = checkHomeWorkCaps(
      {
        ...base,
        limits: { maxHomeSharePercent: 100, minOnSite: 3 },
        absences: [
          { officialId: 'o02', startDate: '2026-03-11', endDate: '2026-03-11' },
          { officialId: 'o01', startDate: '2026-03-04', endDate: '2026-03-04' },
        ],
      },
      rules,
    );
    expect(result.violations).toEqual([{ kind: 'MIN_ON_SITE', weekday: 3, firstDate: '2026-03-11', message: 'WEDNESDAY: 2 on site is below the minimum of 3' }]);
    expect(result.weekdays[2]).toMatchObject({ onSiteCount: 2, homeCount: 1, breakingDates: ['2026-03-11'] });
  });

  it('skips days that are not working days when given the calendar', () => {
    const calendar = createWorkingCalendar();
    // Only Tết weekdays in range: nothing to check, nothing breaks.
    const input: CapCheckInput = {
      roster: roster(2),
      approved: [enrollment('o01', [2])],
      proposed: enrollment('o02', [2], '2026-02-16', '2026-02-20'),
      isWorkingDay: (date) => calendar.isWorkingDay(date),
    };
    const result = checkHomeWorkCaps(input, rules);
    expect(result.ok).toBe(true);
    expect(result.explanation.inputs.workingDatesChecked).toBe(0);
    expect(checkHomeWorkCaps({ ...input, isWorkingDay: undefined }, rules).ok).toBe(false);
  });

  it('limits home days per week (default 2), across the official’s overlapping enrollments', () => {
    const three = checkHomeWorkCaps({ roster: roster(20), approved: [], proposed: enrollment('o01', [1, 3, 5]) }, rules);
    expect(three.weeklyLimit).toEqual({ homeDaysPerWeek: 3, max: 2, weekdays: [1, 3, 5], ok: false });
    expect(three.violations.map((violation) => violation.kind)).toEqual(['HOME_DAYS_PER_WEEK']);
    const combined = checkHomeWorkCaps(
      {
        roster: roster(20),
        approved: [enrollment('o01', [4], '2026-03-02', '2026-03-31', 'other'), enrollment('o01', [5], '2027-01-01', '2027-02-01', 'later')],
        proposed: enrollment('o01', [1, 2]),
      },
      rules,
    );
    expect(combined.weeklyLimit).toMatchObject({ homeDaysPerWeek: 3, weekdays: [1, 2, 4], ok: false });
  });

  it.each([
    [{ proposed: enrollment('stranger', [1]) }, /roster/],
    [{ proposed: enrollment('o01', []) }, /at least one weekday/],
    [{ proposed: enrollment('o01', [6 as IsoWeekday]) }, /weekdays\[0\]/],
    [{ proposed: enrollment('o01', [1, 1]) }, /repeat/],
    [{ proposed: enrollment('o01', [1], '2026-03-10', '2026-03-01') }, /endDate/],
    [{ approved: [enrollment('o02', [1], '2026-02-30')] }, /approved\[0\]\.startDate/],
    [{ roster: ['o01', 'o01'] }, /roster/],
    [{ absences: [{ officialId: 'o01', startDate: 'x', endDate: '2026-01-01' }] }, /absences\[0\]/],
    [{ absences: [{ officialId: 'o01', startDate: '2026-01-01', endDate: 'x' }] }, /absences\[0\]\.endDate/],
    [{ limits: { maxHomeSharePercent: 130 } }, /maxHomeSharePercent/],
  ])('rejects %j', (overrides, message) => {
    const input: CapCheckInput = { roster: roster(5), approved: [], proposed: enrollment('o01', [1]), ...overrides };
    expect(() => checkHomeWorkCaps(input, rules)).toThrow(DomainValidationError);
    expect(() => checkHomeWorkCaps(input, rules)).toThrow(message);
  });

  it('takes the pilot’s limits over the rule set’s', () => {
    expect(homeWorkLimits(rules)).toEqual({ maxHomeSharePercent: 30, minOnSite: 1, maxHomeDaysPerWeek: 2 });
    expect(homeWorkLimits(rules, { maxHomeDaysPerWeek: 1 })).toEqual({ maxHomeSharePercent: 30, minOnSite: 1, maxHomeDaysPerWeek: 1 });
  });
});

describe('home-work caps, properties', () => {
  const window = datesInRange('2026-03-02', '2026-03-29');
  const arbitraryEnrollment = (ids: string[]) =>
    fc.record({
      officialId: fc.constantFrom(...ids),
      weekdays: fc.uniqueArray(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 2 }),
      start: fc.integer({ min: 0, max: 27 }),
      length: fc.integer({ min: 0, max: 27 }),
    });
  const scenario = fc.integer({ min: 1, max: 15 }).chain((n) => {
    const ids = roster(n);
    return fc.record({
      n: fc.constant(n),
      approved: fc.array(arbitraryEnrollment(ids), { maxLength: 12 }),
      proposed: arbitraryEnrollment(ids),
      cap: fc.integer({ min: 0, max: 100 }),
      minOnSite: fc.integer({ min: 0, max: 4 }),
    });
  });
  const toEnrollment = (raw: { officialId: string; weekdays: number[]; start: number; length: number }, id: string): Enrollment => ({
    id,
    officialId: raw.officialId,
    weekdays: raw.weekdays as IsoWeekday[],
    startDate: window[raw.start],
    endDate: addDays(window[raw.start], raw.length),
  });

  it('agrees with a day-by-day count of the same rule', () => {
    fc.assert(
      fc.property(scenario, ({ n, approved, proposed, cap, minOnSite }) => {
        const input: CapCheckInput = {
          roster: roster(n),
          approved: approved.map((raw, i) => toEnrollment(raw, `a${i}`)),
          proposed: toEnrollment(proposed, 'p'),
          limits: { maxHomeSharePercent: cap, minOnSite, maxHomeDaysPerWeek: 5 },
        };
        const result = checkHomeWorkCaps(input, rules);
        let breaks = false;
        for (const date of datesInRange(input.proposed.startDate, input.proposed.endDate)) {
          const weekday = isoWeekday(date);
          if (weekday > 5 || !input.proposed.weekdays.includes(weekday)) continue;
          const home = new Set(
            [...input.approved, input.proposed].filter((e) => e.weekdays.includes(weekday) && e.startDate <= date && date <= e.endDate).map((e) => e.officialId),
          );
          if (home.size * 100 > cap * n || n - home.size < minOnSite) breaks = true;
        }
        expect(result.ok).toBe(!breaks);
        for (const day of result.weekdays) {
          expect(day.homeCount).toBeLessThanOrEqual(n);
          expect(day.onSiteCount).toBeGreaterThanOrEqual(0);
          expect(day.homeCount + day.onSiteCount).toBeLessThanOrEqual(n);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never turns a refusal into an approval by approving more people first', () => {
    fc.assert(
      fc.property(scenario, fc.nat(), ({ n, approved, proposed, cap, minOnSite }, pick) => {
        const limits = { maxHomeSharePercent: cap, minOnSite, maxHomeDaysPerWeek: 5 };
        const all = approved.map((raw, i) => toEnrollment(raw, `a${i}`));
        const fewer = all.filter((_, i) => all.length === 0 || i !== pick % all.length);
        const withAll = checkHomeWorkCaps({ roster: roster(n), approved: all, proposed: toEnrollment(proposed, 'p'), limits }, rules);
        const withFewer = checkHomeWorkCaps({ roster: roster(n), approved: fewer, proposed: toEnrollment(proposed, 'p'), limits }, rules);
        if (withAll.ok) expect(withFewer.ok).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
