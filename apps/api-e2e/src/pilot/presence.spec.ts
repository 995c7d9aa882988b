import { createTestApp, errorCode, TestApp } from '@ketqua/api/testing';
import { at, P, PilotWorld } from './pilot-fixtures';

type Entry = { status: string; absenceKind: string | null; holidayName: string | null; official: { email: string } };
type Presence = {
  workingDay: boolean;
  holidayName: string | null;
  homeCount: number;
  officeCount: number;
  awayCount: number;
  total: number;
  capPercent: number | null;
  entries: Entry[];
};
type AbsenceList = { absences: { totalCount: number; edges: Array<{ node: { id: string; kind: string; official: { email: string } } }> } };

const who = (e: Entry) => e.official.email.split('@')[0];

/**
 * "Hôm nay" (PRODUCT.md 2, journey 2): who of a unit is at home, in the office or away on a day,
 * and an official's own day; absences recorded by the head; holidays from HR's working calendar.
 */
describe('absences and presence', () => {
  let t: TestApp;
  let w: PilotWorld;

  const presence = async (date: string, by = 'head', unit = 'CCVC') => (await w.ok<{ unitPresence: Presence }>(by, P.presence, { unitId: w.unitOf[unit], date })).unitPresence;
  const statusOf = async (date: string) => Object.fromEntries((await presence(date)).entries.map((e) => [who(e), e.status]));
  const mine = async (person: string, date?: string) =>
    (await w.ok<{ myPresence: { date: string; status: string; holidayName: string | null; absenceKind: string | null } }>(person, P.myPresence, date ? { date } : {})).myPresence;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.setNow(at('2026-02-27', '09:00'));
    w = await new PilotWorld(t).init(['tran.thi.mai.anh', 'bui.quoc.bao', 'pham.thi.bao.tran', 'kieu.van.thang']);
    await w.setUp();
    await w.enrol('official', [2, 4]);
    await w.enrol('tran.thi.mai.anh', [1, 3]);
  });
  afterAll(() => t.close());

  describe('unitPresence', () => {
    it('shows, for a working day, who is at home on an approved weekday, who is away, and everyone else in the office, with the cap', async () => {
      await w.ok('head', P.recordAbsence, { input: { officialId: w.idOf['bui.quoc.bao'], kind: 'LEAVE', startDate: '2026-03-03', endDate: '2026-03-04', note: 'Nghỉ phép năm' } });
      const tuesday = await presence('2026-03-03');
      expect(tuesday).toMatchObject({ workingDay: true, holidayName: null, homeCount: 1, awayCount: 1, officeCount: 5, total: 7, capPercent: 30 });
      expect(tuesday.entries.find((e) => who(e) === 'official')).toMatchObject({ status: 'HOME', absenceKind: null });
      expect(tuesday.entries.find((e) => who(e) === 'bui.quoc.bao')).toMatchObject({ status: 'AWAY', absenceKind: 'LEAVE' });
      expect(await statusOf('2026-03-02')).toMatchObject({ 'tran.thi.mai.anh': 'HOME', official: 'OFFICE', 'bui.quoc.bao': 'OFFICE', head: 'OFFICE' });
      // Before the enrollments start, everybody is in the office.
      expect((await presence('2026-02-24')).homeCount).toBe(0);
    });

    it('shows a weekend and a holiday of the loaded calendar as days off for everyone, with the holiday’s name', async () => {
      const saturday = await presence('2026-03-07');
      expect(saturday).toMatchObject({ workingDay: false, holidayName: null, homeCount: 0, officeCount: 0, awayCount: 0, total: 7 });
      expect(new Set(saturday.entries.map((e) => e.status))).toEqual(new Set(['HOLIDAY']));

      // Thursday 30/04/2026 is a public holiday in the 2026 table: the official's home weekday, but nobody works.
      const holiday = await presence('2026-04-30');
      expect(holiday).toMatchObject({ workingDay: false, holidayName: 'Ngày Giải phóng miền Nam, thống nhất đất nước', homeCount: 0 });
      expect(holiday.entries.find((e) => who(e) === 'official')).toMatchObject({ status: 'HOLIDAY', holidayName: 'Ngày Giải phóng miền Nam, thống nhất đất nước' });
    });

    it('follows HR’s edits of the calendar: a day HR declares off is a holiday, a make-up Saturday a working day', async () => {
      expect((await presence('2026-03-10')).homeCount).toBe(1);
      await w.ok('hr', P.setDay, { input: { date: '2026-03-10', kind: 'HOLIDAY', name: 'Nghỉ theo quyết định của UBND Thành phố', document: '15/QĐ-UBND ngày 05/03/2026' } });
      expect(await presence('2026-03-10')).toMatchObject({ workingDay: false, holidayName: 'Nghỉ theo quyết định của UBND Thành phố', homeCount: 0 });
      expect(await mine('official', '2026-03-10')).toMatchObject({ status: 'HOLIDAY', holidayName: 'Nghỉ theo quyết định của UBND Thành phố' });

      await w.ok('hr', P.setDay, { input: { date: '2026-03-14', kind: 'MAKE_UP_WORKDAY', name: 'Làm bù cho ngày 10/03/2026', document: '15/QĐ-UBND ngày 05/03/2026' } });
      const makeUp = await presence('2026-03-14');
      expect(makeUp).toMatchObject({ workingDay: true, homeCount: 0, officeCount: 7 });
    });

    it('is for heads of the unit, HR and inspectors; an official or the head of another unit is FORBIDDEN', async () => {
      expect((await presence('2026-03-03', 'hr')).homeCount).toBe(1);
      expect((await presence('2026-03-03', 'inspector')).homeCount).toBe(1);
      expect(errorCode(await w.gql('official', P.presence, { unitId: w.unitOf['CCVC'], date: '2026-03-03' }))).toBe('FORBIDDEN');
      expect(errorCode(await w.gql('pham.thi.bao.tran', P.presence, { unitId: w.unitOf['CCVC'], date: '2026-03-03' }))).toBe('FORBIDDEN');
      expect((await presence('2026-03-03', 'pham.thi.bao.tran', 'CCHC')).total).toBe(4);
      const badDate = await w.gql('head', P.presence, { unitId: w.unitOf['CCVC'], date: '03/03/2026' });
      expect(errorCode(badDate)).toBe('BAD_USER_INPUT');
    });
  });

  describe('myPresence', () => {
    it('tells the official whether today is a home day, an office day, away or a holiday', async () => {
      t.clock.setNow(at('2026-03-03', '08:15'));
      expect(await mine('official')).toMatchObject({ date: '2026-03-03', status: 'HOME' });
      expect(await mine('tran.thi.mai.anh')).toMatchObject({ status: 'OFFICE' });
      expect(await mine('bui.quoc.bao')).toMatchObject({ status: 'AWAY', absenceKind: 'LEAVE' });
      t.clock.setNow(at('2026-02-17', '08:15'));
      expect(await mine('official')).toMatchObject({ status: 'HOLIDAY', holidayName: expect.stringContaining('Tết') });
      t.clock.setNow(at('2026-02-27', '09:00'));
    });
  });

  describe('absences', () => {
    it('an absence on a home day makes the official away (never checked) and frees the day; cancelling brings the home day back; both audited', async () => {
      const sick = await w.ok<{ recordAbsence: { id: string; kind: string; official: { email: string } } }>('head', P.recordAbsence, {
        input: { officialId: w.idOf['official'], kind: 'SICK', startDate: '2026-03-05', endDate: '2026-03-05' },
      });
      expect(sick.recordAbsence).toMatchObject({ kind: 'SICK', official: { email: 'official@demo.ketqua.vn' } });
      expect((await statusOf('2026-03-05'))['official']).toBe('AWAY');
      expect((await statusOf('2026-03-12'))['official']).toBe('HOME');
      const [recorded] = (await w.auditOf('pilot.absence.recorded')).filter((e) => e.entity_id === sick.recordAbsence.id);
      expect(recorded).toMatchObject({ actor_id: w.idOf['head'], data: expect.objectContaining({ kind: 'SICK', startDate: '2026-03-05' }) });

      await w.ok('head', P.cancelAbsence, { id: sick.recordAbsence.id });
      expect((await statusOf('2026-03-05'))['official']).toBe('HOME');
      expect((await w.auditOf('pilot.absence.cancelled')).map((e) => e.entity_id)).toEqual([sick.recordAbsence.id]);
      expect(errorCode(await w.gql('head', P.cancelAbsence, { id: sick.recordAbsence.id }))).toBe('NOT_FOUND');
    });

    it('a business trip counts like leave', async () => {
      await w.ok('head', P.recordAbsence, { input: { officialId: w.idOf['tran.thi.mai.anh'], kind: 'BUSINESS_TRIP', startDate: '2026-03-16', endDate: '2026-03-18' } });
      const monday = (await presence('2026-03-16')).entries.find((e) => who(e) === 'tran.thi.mai.anh');
      expect(monday).toMatchObject({ status: 'AWAY', absenceKind: 'BUSINESS_TRIP' });
    });

    it('only the head of the official’s unit, HR or an administrator records one; bad or overlapping dates are refused and nothing is stored', async () => {
      const before = (await t.dataSource.query(`SELECT count(*)::int AS n FROM absence`))[0].n;
      const input = { officialId: w.idOf['official'], kind: 'LEAVE', startDate: '2026-04-06', endDate: '2026-04-07' };
      for (const person of ['official', 'inspector', 'pham.thi.bao.tran']) {
        expect([person, errorCode(await w.gql(person, P.recordAbsence, { input }))]).toEqual([person, 'FORBIDDEN']);
      }
      const backwards = await w.gql('head', P.recordAbsence, { input: { ...input, startDate: '2026-04-08' } });
      expect(errorCode(backwards)).toBe('BAD_USER_INPUT');
      expect(backwards.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['input.endDate']);
      const badKind = await w.gql('head', P.recordAbsence, { input: { ...input, kind: 'HOLIDAY' } });
      expect(errorCode(badKind)).toBe('BAD_USER_INPUT');
      expect(badKind.errors?.[0].message).toContain('input.kind');
      const overlap = await w.gql('head', P.recordAbsence, { input: { ...input, officialId: w.idOf['bui.quoc.bao'], startDate: '2026-03-04', endDate: '2026-03-06' } });
      expect(errorCode(overlap)).toBe('CONFLICT');
      expect(overlap.errors?.[0].message).toContain('03/03/2026');
      expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM absence`))[0].n).toBe(before);
      expect((await w.ok<{ recordAbsence: { id: string } }>('hr', P.recordAbsence, { input })).recordAbsence.id).toBeDefined();
    });

    it('an official sees only their own absences; the head their unit’s', async () => {
      const emails = async (person: string) => new Set((await w.ok<AbsenceList>(person, P.absences)).absences.edges.map((e) => e.node.official.email.split('@')[0]));
      expect(await emails('official')).toEqual(new Set(['official']));
      expect(await emails('bui.quoc.bao')).toEqual(new Set(['bui.quoc.bao']));
      expect(await emails('head')).toEqual(new Set(['official', 'bui.quoc.bao', 'tran.thi.mai.anh']));
      expect(await emails('pham.thi.bao.tran')).toEqual(new Set());
    });
  });

  describe('past days', () => {
    it('read as they were: an arrangement ended or suspended later still shows its home days before that, not after', async () => {
      const ids = async (email: string) =>
        (await t.dataSource.query(`SELECT e.id FROM enrollment e JOIN app_user u ON u.id = e.official_id WHERE u.email = $1`, [email]))[0].id as string;
      t.clock.setNow(at('2026-03-04', '12:00'));
      await w.ok('head', P.end, { input: { id: await ids('tran.thi.mai.anh@demo.ketqua.vn'), reason: 'Kết thúc theo nguyện vọng' } });
      t.clock.setNow(at('2026-03-06', '09:00'));
      await w.ok('head', P.suspend, { input: { id: await ids('official@demo.ketqua.vn'), reason: 'Tạm dừng để họp tập trung' } });

      expect((await statusOf('2026-03-02'))['tran.thi.mai.anh']).toBe('HOME');
      expect((await statusOf('2026-03-04'))['tran.thi.mai.anh']).toBe('OFFICE');
      expect((await statusOf('2026-03-09'))['tran.thi.mai.anh']).toBe('OFFICE');
      expect((await statusOf('2026-03-03'))['official']).toBe('HOME');
      expect((await statusOf('2026-03-12'))['official']).toBe('OFFICE');
      expect(await mine('official')).toMatchObject({ date: '2026-03-06', status: 'OFFICE' });
      t.clock.setNow(at('2026-02-27', '09:00'));
    });
  });
});
