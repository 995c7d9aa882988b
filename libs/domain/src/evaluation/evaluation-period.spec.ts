import { createWorkingCalendar } from '../calendar/working-calendar';
import {
  attendanceInPeriod,
  COMPLETION_BUCKETS,
  cutOffProblem,
  periodDates,
  periodName,
  regimeOfStaffCategory,
  REMINDER_TARGETS,
  windowsClosingSoon,
  windowsShortened,
  WINDOW_STAGE,
} from './evaluation-period';
import { EVALUATION_STATUSES } from './evaluation-flow';

describe('evaluation periods (docs/RULES.md "Evaluation periods")', () => {
  it.each([
    ['MONTH', 2026, 1, '2026-01-01', '2026-01-31'],
    ['MONTH', 2026, 2, '2026-02-01', '2026-02-28'],
    ['MONTH', 2028, 2, '2028-02-01', '2028-02-29'],
    ['MONTH', 2026, 4, '2026-04-01', '2026-04-30'],
    ['MONTH', 2026, 12, '2026-12-01', '2026-12-31'],
    ['QUARTER', 2026, 1, '2026-01-01', '2026-03-31'],
    ['QUARTER', 2026, 2, '2026-04-01', '2026-06-30'],
    ['QUARTER', 2026, 3, '2026-07-01', '2026-09-30'],
    ['QUARTER', 2026, 4, '2026-10-01', '2026-12-31'],
    ['YEAR', 2026, null, '2026-01-01', '2026-12-31'],
  ] as const)('%s %i/%s runs %s – %s', (kind, year, number, startsOn, endsOn) => {
    expect(periodDates(kind, year, number)).toEqual({ startsOn, endsOn });
  });

  it.each([
    ['MONTH', 2026, 0, 'number'],
    ['MONTH', 2026, 13, 'number'],
    ['MONTH', 2026, null, 'number'],
    ['MONTH', 2026, 1.5, 'number'],
    ['QUARTER', 2026, 5, 'number'],
    ['YEAR', 2026, 1, 'number'],
    ['MONTH', 1999, 1, 'year'],
    ['MONTH', 2101, 1, 'year'],
    ['YEAR', 2026.5, null, 'year'],
  ] as const)('refuses %s %s/%s (field %s)', (kind, year, number, field) => {
    expect(() => periodDates(kind, year, number)).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ field })] }));
  });

  it('names periods in Vietnamese', () => {
    expect([periodName('MONTH', 2026, 3), periodName('QUARTER', 2026, 1), periodName('YEAR', 2026, null)]).toEqual(['Tháng 3/2026', 'Quý 1/2026', 'Năm 2026']);
  });

  it.each([
    ['CONG_CHUC', 'CONG_CHUC'],
    ['VIEN_CHUC', 'VIEN_CHUC'],
    ['CAN_BO', null],
    ['NGUOI_LAO_DONG', null],
  ])('staff category %s is evaluated under %s', (category, regime) => {
    expect(regimeOfStaffCategory(category)).toBe(regime);
  });

  it('completion buckets and reminder targets use real statuses, each bucket inside the next', () => {
    const all: readonly string[] = EVALUATION_STATUSES;
    for (const list of Object.values(COMPLETION_BUCKETS)) for (const s of list) expect(all).toContain(s);
    expect(COMPLETION_BUCKETS.noHeadScore).toEqual(expect.arrayContaining([...COMPLETION_BUCKETS.noSelfAssessment]));
    expect(COMPLETION_BUCKETS.notApproved).toEqual(expect.arrayContaining([...COMPLETION_BUCKETS.noHeadScore]));
    expect(COMPLETION_BUCKETS.notPublished).toEqual(expect.arrayContaining([...COMPLETION_BUCKETS.notApproved]));
    expect(COMPLETION_BUCKETS.notPublished).not.toContain('PUBLISHED');
    expect(REMINDER_TARGETS.SELF_ASSESSMENT.recipient).toBe('OFFICIAL');
    expect(REMINDER_TARGETS.PUBLICATION.statuses).toEqual(['APPROVED']);
    expect(WINDOW_STAGE.PUBLISH).toBe('PUBLICATION');
  });

  describe('windows closing in 3 working days', () => {
    const calendar = createWorkingCalendar();
    const count = (from: string, to: string) => calendar.countWorkingDays(from, to);
    // Friday 2026-04-10; Monday 13, Tuesday 14, Wednesday 15.
    const windows = { selfAssessmentUntil: '2026-04-14', headScoringUntil: '2026-04-20', publishUntil: '2026-04-24' };

    it('counts working days, today and the last day included, skipping the weekend', () => {
      expect(windowsClosingSoon(windows, '2026-04-09', count)).toEqual([]); // Thu, Fri, Mon, Tue = 4
      expect(windowsClosingSoon(windows, '2026-04-10', count)).toEqual([{ window: 'SELF_ASSESSMENT', until: '2026-04-14', workingDaysLeft: 3 }]);
      expect(windowsClosingSoon(windows, '2026-04-14', count)).toEqual([{ window: 'SELF_ASSESSMENT', until: '2026-04-14', workingDaysLeft: 1 }]);
      // 16 Thu, 17 Fri, 20 Mon = 3 for head scoring; self-assessment is past.
      expect(windowsClosingSoon(windows, '2026-04-16', count)).toEqual([{ window: 'HEAD_SCORING', until: '2026-04-20', workingDaysLeft: 3 }]);
      expect(windowsClosingSoon(windows, '2026-04-22', count)).toEqual([{ window: 'PUBLISH', until: '2026-04-24', workingDaysLeft: 3 }]);
      expect(windowsClosingSoon(windows, '2026-04-25', count)).toEqual([]);
    });

    it('waits past a holiday: a window ending right after 30/4–1/5 is not announced early', () => {
      const after = { selfAssessmentUntil: '2026-05-05', headScoringUntil: '2026-05-20', publishUntil: '2026-05-30' };
      // Tue 28/4, Wed 29/4, (30/4, 1/5 holidays), Mon 4/5, Tue 5/5 = 4 working days.
      expect(windowsClosingSoon(after, '2026-04-28', count)).toEqual([]);
      expect(windowsClosingSoon(after, '2026-04-29', count)).toEqual([{ window: 'SELF_ASSESSMENT', until: '2026-05-05', workingDaysLeft: 3 }]);
    });
  });

  it('tells which windows an update would shorten', () => {
    const before = { selfAssessmentUntil: '2026-04-10', headScoringUntil: '2026-04-20', publishUntil: '2026-04-30' };
    expect(windowsShortened(before, { ...before, publishUntil: '2026-05-10' })).toEqual([]);
    expect(windowsShortened(before, { ...before, selfAssessmentUntil: '2026-04-09', publishUntil: '2026-04-29' })).toEqual(['selfAssessmentUntil', 'publishUntil']);
  });

  it('counts worked days: leave and sick leave off, business trips worked, overlaps once, clipped to the period', () => {
    const calendar = createWorkingCalendar();
    const april = { startsOn: '2026-04-01', endsOn: '2026-04-30' };
    const scheduled = calendar.countWorkingDays(april.startsOn, april.endsOn);
    const day = (d: string) => calendar.isWorkingDay(d);
    expect(attendanceInPeriod(april, [], day, scheduled)).toEqual({ scheduledWorkingDays: scheduled, workedDays: scheduled });
    const absences = [
      { kind: 'LEAVE', startDate: '2026-03-30', endDate: '2026-04-02' }, // Wed 1, Thu 2 inside
      { kind: 'SICK', startDate: '2026-04-02', endDate: '2026-04-03' }, // Thu 2 again, Fri 3
      { kind: 'LEAVE', startDate: '2026-04-11', endDate: '2026-04-12' }, // a weekend
      { kind: 'BUSINESS_TRIP', startDate: '2026-04-06', endDate: '2026-04-10' },
    ];
    expect(attendanceInPeriod(april, absences, day, scheduled)).toEqual({ scheduledWorkingDays: scheduled, workedDays: scheduled - 3 });
  });

  it.each([
    ['2026-03-30', 'cutOffAt must be on or after the last day of the period'],
    ['2026-03-31', null],
    ['2026-04-10', null],
    ['2026-04-11', 'cutOffAt must be on or before headScoringUntil'],
  ])('a cut-off on %s: %s', (date, problem) => {
    expect(cutOffProblem(date, '2026-03-31', { selfAssessmentUntil: '2026-04-05', headScoringUntil: '2026-04-10', publishUntil: '2026-04-15' })).toBe(problem);
  });
});
