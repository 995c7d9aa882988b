import { createTestApp, errorCode, TestApp } from '@ketqua/api/testing';
import { at, COMMITMENT_BODY, MONDAY, P, PilotWorld } from './pilot-fixtures';

const ENROLLMENT = `query($id: ID!) { enrollment(id: $id) { id status decisionReason endReason } }`;

type PilotData = {
  createPilot: {
    id: string;
    version: number;
    unitIds: string[];
    maxHomeSharePercent: number;
    minOnSite: number;
    maxHomeDaysPerWeek: number;
    sampleRatePercent: number;
    answerWindowMinutes: number;
    coreHours: Array<{ start: string; end: string }>;
    phase: string;
  };
};
type PositionsData = {
  pilot: {
    units: Array<{ code: string }>;
    agencies: Array<{ code: string }>;
    positions: Array<{ position: { code: string; name: string }; officialCount: number; eligible: boolean; reasons: string[]; exception: { reason: string } | null }>;
  };
};
type CalendarData = { year: number; source: string; workingDays: number; entries: Array<{ date: string; kind: string; name: string; document: string }> };

/** HR sets up the pilot: rules, units, eligibility with exceptions, the commitment, the working calendar. */
describe('pilot setup', () => {
  let t: TestApp;
  let w: PilotWorld;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.setNow(at('2026-02-27', '09:00'));
    w = await new PilotWorld(t).init(['thai.van.son', 'luu.thi.kim.oanh', 'nguyen.van.tam']);
  });
  afterAll(() => t.close());

  const newPilot = (input: Record<string, unknown>) => ({ input: { name: 'Thí điểm Sở Nội vụ', decisionNumber: '12/QĐ-SNV', startDate: MONDAY, endDate: '2026-12-31', ...input } });

  describe('pilots', () => {
    it('HR creates a pilot with the rule set’s defaults (30%, 1 on site, 2 days, 10%, 15 minutes, 08:00–11:30 and 13:00–17:00), audited', async () => {
      const data = await w.ok<PilotData>('hr', P.createPilot, newPilot({ unitIds: [w.unitOf['CCVC'], w.unitOf['CCHC'], w.unitOf['BPMC']] }));
      const pilot = data.createPilot;
      w.pilotId = pilot.id;
      expect(pilot).toMatchObject({
        maxHomeSharePercent: 30,
        minOnSite: 1,
        maxHomeDaysPerWeek: 2,
        sampleRatePercent: 10,
        answerWindowMinutes: 15,
        phase: 'UPCOMING',
        coreHours: [
          { start: '08:00', end: '11:30' },
          { start: '13:00', end: '17:00' },
        ],
      });
      const [event] = await w.auditOf('pilot.created');
      expect(event).toMatchObject({ actor_id: w.idOf['hr'], entity_id: pilot.id });
      expect(event.data).toMatchObject({ decisionNumber: '12/QĐ-SNV' });

      const seen = await w.ok<PositionsData>('inspector', P.pilot, { id: pilot.id });
      // Sorted by name as Vietnamese readers sort: Bộ phận…, Phòng Cải cách…, Phòng Công chức…
      expect(seen.pilot.units.map((u) => u.code)).toEqual(['BPMC', 'CCHC', 'CCVC']);
      expect(seen.pilot.agencies.map((a) => a.code)).toEqual(['SNV']);
    });

    it('only HR and administrators set up pilots; unit heads, officials and inspectors are FORBIDDEN', async () => {
      for (const who of ['head', 'official', 'inspector']) {
        const res = await w.gql(who, P.createPilot, newPilot({ unitIds: [w.unitOf['TCBC']] }));
        expect(errorCode(res)).toBe('FORBIDDEN');
        expect(errorCode(await w.gql(who, P.updatePilot, { input: { id: w.pilotId, minOnSite: 2 } }))).toBe('FORBIDDEN');
      }
      const byAdmin = await w.gql<PilotData>('admin', P.createPilot, newPilot({ name: 'Thí điểm phường Sài Gòn', unitIds: [w.unitOf['PSG/VHXH']] }));
      expect(byAdmin.data?.createPilot.unitIds).toEqual([w.unitOf['PSG/VHXH']]);
    });

    it('refuses a unit already in another pilot at the same time, and bad rules, naming the field', async () => {
      const clash = await w.gql('hr', P.createPilot, newPilot({ unitIds: [w.unitOf['CCVC']], startDate: '2026-06-01' }));
      expect(errorCode(clash)).toBe('CONFLICT');
      expect(clash.errors?.[0].extensions?.reason).toBe('UNIT_IN_OTHER_PILOT');
      expect(clash.errors?.[0].message).toContain('Phòng Công chức viên chức');

      const backwards = await w.gql('hr', P.createPilot, newPilot({ unitIds: [w.unitOf['TCBC']], endDate: '2026-01-01' }));
      expect(errorCode(backwards)).toBe('BAD_USER_INPUT');
      expect(backwards.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'input.endDate' })]);

      // A 3-hour answer window fits no 2-hour core-hours window: no check could ever be prompted.
      const longWindow = await w.gql('hr', P.createPilot, newPilot({ unitIds: [w.unitOf['TCBC']], coreHours: [{ start: '08:00', end: '10:00' }], answerWindowMinutes: 180 }));
      expect(errorCode(longWindow)).toBe('BAD_USER_INPUT');
      expect(longWindow.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'input.answerWindowMinutes' })]);

      const badHours = await w.gql('hr', P.createPilot, newPilot({ unitIds: [w.unitOf['TCBC']], coreHours: [{ start: '13:00', end: '08:00' }] }));
      expect(errorCode(badHours)).toBe('BAD_USER_INPUT');
      expect(await t.dataSource.query(`SELECT 1 FROM pilot_unit WHERE unit_id = $1`, [w.unitOf['TCBC']])).toEqual([]);
    });

    it('edits rules with optimistic locking and audits what changed', async () => {
      const v1 = await w.ok<{ updatePilot: { version: number; minOnSite: number } }>('hr', P.updatePilot, { input: { id: w.pilotId, minOnSite: 2, sampleRatePercent: 12.5 } });
      expect(v1.updatePilot.minOnSite).toBe(2);
      const stale = await w.gql('hr', P.updatePilot, { input: { id: w.pilotId, version: v1.updatePilot.version - 1, minOnSite: 3 } });
      expect(errorCode(stale)).toBe('CONFLICT');
      expect(stale.errors?.[0].extensions?.reason).toBe('STALE_VERSION');
      const events = await w.auditOf('pilot.updated');
      expect(events.at(-1)?.data).toEqual({ changes: { minOnSite: { from: 1, to: 2 }, sampleRateBasisPoints: { from: 1000, to: 1250 } } });
      await w.ok('hr', P.updatePilot, { input: { id: w.pilotId, minOnSite: 1, sampleRatePercent: 10 } });
    });

    it('each role sees the pilots of the units in its scope: an official their own unit’s, a ward official none of these', async () => {
      const names = async (who: string) => (await w.ok<{ pilots: { edges: Array<{ node: { name: string } }> } }>(who, P.pilots)).pilots.edges.map((e) => e.node.name).sort();
      expect(await names('official')).toEqual(['Thí điểm Sở Nội vụ']);
      expect(await names('head')).toEqual(['Thí điểm Sở Nội vụ']);
      expect(await names('inspector')).toEqual(['Thí điểm Sở Nội vụ', 'Thí điểm phường Sài Gòn']);
      expect(await names('nguyen.van.tam')).toEqual([]);
      expect(errorCode(await w.gql('nguyen.van.tam', P.pilot, { id: w.pilotId }))).toBe('FORBIDDEN');
    });
  });

  describe('eligibility', () => {
    beforeAll(async () => {
      await w.ok('hr', P.publish, { input: { title: 'Bản cam kết', body: COMMITMENT_BODY } });
      w.commitmentVersion = (await w.ok<{ currentCommitmentText: { version: number } }>('official', P.commitment)).currentCommitmentText.version;
    });

    const positions = async () => (await w.ok<PositionsData>('hr', P.pilot, { id: w.pilotId })).pilot.positions;
    const mcId = async () => (await t.dataSource.query(`SELECT p.id FROM position p JOIN agency a ON a.id = p.agency_id WHERE a.code = 'SNV' AND p.code = 'MC'`))[0].id;

    it('shows every position of the participating units with its eligibility and the reason', async () => {
      const list = await positions();
      const mc = list.find((p) => p.position.code === 'MC')!;
      expect(mc).toMatchObject({ eligible: false, reasons: ['HANDLES_ADMINISTRATIVE_PROCEDURES', 'RECEIVES_CITIZENS'], exception: null, officialCount: 3 });
      expect(list.find((p) => p.position.code === 'CV-CCVC')).toMatchObject({ eligible: true, reasons: [] });
    });

    it('refuses a one-stop-desk official’s request, and allows it once HR grants an exception; both audited', async () => {
      const refused = await w.gql('thai.van.son', P.request, { input: w.requestInput([2]) });
      expect(errorCode(refused)).toBe('CONFLICT');
      expect(refused.errors?.[0].extensions?.reason).toBe('POSITION_NOT_ELIGIBLE');
      expect(refused.errors?.[0].message).toContain('giải quyết thủ tục hành chính, tiếp công dân');
      const refusedEn = await w.gql('thai.van.son', P.request, { input: w.requestInput([2]) }, 'en');
      expect(refusedEn.errors?.[0].message).toContain('handles administrative procedures');
      expect((await w.auditOf('pilot.enrollment.requested')).length).toBe(0);

      const reason = 'Hồ sơ trực tuyến toàn trình, không tiếp công dân trực tiếp trong ngày làm việc tại nhà';
      const granted = await w.ok<{ setPositionEligibility: { eligible: boolean; exception: { reason: string; grantedById: string } } }>('hr', P.setEligibility, {
        input: { pilotId: w.pilotId, positionId: await mcId(), exception: true, reason },
      });
      expect(granted.setPositionEligibility).toMatchObject({ eligible: true, exception: { reason, grantedById: w.idOf['hr'] } });
      const [grant] = await w.auditOf('pilot.eligibility.exception_granted');
      expect(grant).toMatchObject({ actor_id: w.idOf['hr'], entity_id: await mcId() });
      expect(grant.data).toMatchObject({ pilotId: w.pilotId, reason });

      const request = await w.ok<{ requestEnrollment: { id: string; status: string } }>('thai.van.son', P.request, { input: w.requestInput([2]) });
      expect(request.requestEnrollment.status).toBe('PENDING');

      // Withdrawn before the head decides: the request is refused with HR's reason, audited, and the official told.
      const withdrawal = 'Rút ngoại lệ sau khi rà soát lại quy trình một cửa';
      await w.ok('hr', P.setEligibility, { input: { pilotId: w.pilotId, positionId: await mcId(), exception: false, reason: withdrawal } });
      expect((await w.auditOf('pilot.eligibility.exception_withdrawn')).map((e) => e.data['reason'])).toEqual([withdrawal]);
      const mine = await w.ok<{ enrollment: { status: string; decisionReason: string } }>('thai.van.son', ENROLLMENT, { id: request.requestEnrollment.id });
      expect(mine.enrollment.status).toBe('REJECTED');
      expect(mine.enrollment.decisionReason).toContain(withdrawal);
      expect(await w.auditOf('pilot.enrollment.rejected')).toEqual([expect.objectContaining({ actor_id: w.idOf['hr'], entity_id: request.requestEnrollment.id })]);
      const approval = await w.gql('luu.thi.kim.oanh', P.decide, { input: { id: request.requestEnrollment.id, approve: true } });
      expect(errorCode(approval)).toBe('CONFLICT');
      expect((await positions()).find((p) => p.position.code === 'MC')).toMatchObject({ eligible: false, exception: null });
      const again = await w.gql('thai.van.son', P.request, { input: w.requestInput([2]) });
      expect(again.errors?.[0].extensions?.reason).toBe('POSITION_NOT_ELIGIBLE');
    });

    it('withdrawing an exception ends the arrangements approved on it: the position is not eligible any more', async () => {
      await w.ok('hr', P.setEligibility, {
        input: { pilotId: w.pilotId, positionId: await mcId(), exception: true, reason: 'Thí điểm tiếp nhận hồ sơ trực tuyến toàn trình tại nhà' },
      });
      const id = await w.request('thai.van.son', [3]);
      await w.approve(id, 'luu.thi.kim.oanh');
      const reason = 'Kết thúc thí điểm tiếp nhận trực tuyến tại nhà';
      await w.ok('hr', P.setEligibility, { input: { pilotId: w.pilotId, positionId: await mcId(), exception: false, reason } });
      const ended = await w.ok<{ enrollment: { status: string; endReason: string } }>('thai.van.son', ENROLLMENT, { id });
      expect(ended.enrollment).toMatchObject({ status: 'ENDED', endReason: expect.stringContaining(reason) });
      expect((await w.auditOf('pilot.enrollment.ended')).map((e) => e.entity_id)).toEqual([id]);
      // The moved clock stands still, so the notifications share one time: compare them as a set.
      const told = await t.dataSource.query(`SELECT kind FROM notification WHERE recipient_id = $1`, [w.idOf['thai.van.son']]);
      expect(told.map((n: { kind: string }) => n.kind).sort()).toEqual(['ENROLLMENT_APPROVED', 'ENROLLMENT_ENDED', 'ENROLLMENT_REJECTED']);
    });

    it('needs a written reason, refuses exceptions an eligible position does not need, and is HR’s alone', async () => {
      const cv = (await positions()).find((p) => p.position.code === 'CV-CCVC')!;
      const cvId = (await t.dataSource.query(`SELECT p.id FROM position p JOIN agency a ON a.id = p.agency_id WHERE a.code = 'SNV' AND p.code = 'CV-CCVC'`))[0].id;
      expect(cv.eligible).toBe(true);
      const needless = await w.gql('hr', P.setEligibility, { input: { pilotId: w.pilotId, positionId: cvId, exception: true, reason: 'Không cần thiết nhưng vẫn thử' } });
      expect(needless.errors?.[0].extensions?.reason).toBe('ALREADY_ELIGIBLE');
      const noReason = await w.gql('hr', P.setEligibility, { input: { pilotId: w.pilotId, positionId: await mcId(), exception: true, reason: 'ok' } });
      expect(noReason.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'input.reason' })]);
      for (const who of ['head', 'official', 'inspector']) {
        const res = await w.gql(who, P.setEligibility, { input: { pilotId: w.pilotId, positionId: await mcId(), exception: true, reason: 'Thử cấp ngoại lệ khi không có quyền' } });
        expect(errorCode(res)).toBe('FORBIDDEN');
      }
    });
  });

  describe('commitment', () => {
    it('HR publishes versions; everyone reads the current one; nobody else may publish', async () => {
      const before = (await w.ok<{ currentCommitmentText: { version: number } }>('official', P.commitment)).currentCommitmentText.version;
      const next = await w.ok<{ publishCommitmentText: { version: number; body: string } }>('admin', P.publish, {
        input: { title: 'Bản cam kết (sửa đổi)', body: `${COMMITMENT_BODY} Bổ sung: bảo mật mật khẩu.` },
      });
      expect(next.publishCommitmentText.version).toBe(before + 1);
      expect((await w.ok<{ currentCommitmentText: { version: number; title: string } }>('official', P.commitment)).currentCommitmentText).toMatchObject({
        version: before + 1,
        title: 'Bản cam kết (sửa đổi)',
      });
      expect((await w.auditOf('pilot.commitment.published')).at(-1)?.data).toMatchObject({ version: before + 1 });
      for (const who of ['head', 'official', 'inspector']) {
        expect(errorCode(await w.gql(who, P.publish, { input: { title: 'Không được', body: COMMITMENT_BODY } }))).toBe('FORBIDDEN');
      }
      const short = await w.gql('hr', P.publish, { input: { title: 'Ngắn', body: 'quá ngắn' } });
      expect(errorCode(short)).toBe('BAD_USER_INPUT');
    });
  });

  describe('working calendar', () => {
    it('starts from the table shipped in libs/domain (2026: Tết 14–22/02), provisional fixed dates for a year without one', async () => {
      const y2026 = (await w.ok<{ workingCalendar: CalendarData }>('official', P.calendar, { year: 2026 })).workingCalendar;
      expect(y2026.source).toBe('SHIPPED_TABLE');
      expect(y2026.entries.find((e) => e.date === '2026-02-17')).toMatchObject({ kind: 'HOLIDAY', name: expect.stringContaining('Tết') });
      expect((await w.ok<{ workingCalendar: CalendarData }>('hr', P.calendar, { year: 2027 })).workingCalendar.source).toBe('FIXED_DATE_RULES');
    });

    it('HR adds a day with its deciding document: the year is copied from the shipped table first, the day stops being a working day, audited', async () => {
      const before = (await w.ok<{ workingCalendar: CalendarData }>('hr', P.calendar, { year: 2026 })).workingCalendar;
      expect((await w.ok<{ myPresence: { status: string } }>('official', P.myPresence, { date: '2026-03-09' })).myPresence.status).toBe('OFFICE');
      const after = (
        await w.ok<{ setCalendarDay: CalendarData }>('hr', P.setDay, {
          input: { date: '2026-03-09', kind: 'HOLIDAY', name: 'Nghỉ bù (kiểm thử)', document: '01/TB-UBND ngày 01/03/2026' },
        })
      ).setCalendarDay;
      expect(after.source).toBe('LOADED');
      expect(after.entries).toHaveLength(before.entries.length + 1);
      expect(after.workingDays).toBe(before.workingDays - 1);
      expect(after.entries.find((e) => e.date === '2026-02-17')).toBeDefined();
      expect((await w.ok<{ myPresence: { status: string; holidayName: string } }>('official', P.myPresence, { date: '2026-03-09' })).myPresence).toMatchObject({
        status: 'HOLIDAY',
        holidayName: 'Nghỉ bù (kiểm thử)',
      });
      expect((await w.auditOf('pilot.calendar.year_loaded')).at(-1)?.data).toMatchObject({ year: 2026, source: 'SHIPPED_TABLE' });
      expect((await w.auditOf('pilot.calendar.day_set')).at(-1)?.data).toMatchObject({
        date: '2026-03-09',
        from: null,
        to: { kind: 'HOLIDAY', document: '01/TB-UBND ngày 01/03/2026' },
      });

      const removed = (await w.ok<{ removeCalendarDay: CalendarData }>('hr', P.removeDay, { date: '2026-03-09' })).removeCalendarDay;
      expect(removed.workingDays).toBe(before.workingDays);
      expect((await w.ok<{ myPresence: { status: string } }>('official', P.myPresence, { date: '2026-03-09' })).myPresence.status).toBe('OFFICE');
      expect((await w.auditOf('pilot.calendar.day_removed')).length).toBe(1);
    });

    it('refuses a make-up working day on a weekday (libs/domain checks the year), and loads a year from the shipped rules', async () => {
      const before = (await w.ok<{ workingCalendar: CalendarData }>('hr', P.calendar, { year: 2026 })).workingCalendar;
      const weekday = await w.gql('hr', P.setDay, { input: { date: '2026-03-10', kind: 'MAKE_UP_WORKDAY', name: 'Làm bù', document: '02/TB' } });
      expect(errorCode(weekday)).toBe('BAD_USER_INPUT');
      expect(weekday.errors?.[0].extensions?.fields).toEqual([{ field: 'input.kind', message: 'ngày làm bù phải là thứ Bảy hoặc Chủ nhật' }]);
      const swapped = await w.gql('hr', P.setDay, { input: { date: '2026-03-14', kind: 'SWAPPED_DAY_OFF', name: 'Nghỉ hoán đổi', document: '02/TB' } }, 'en');
      expect(swapped.errors?.[0].extensions?.fields).toEqual([{ field: 'input.kind', message: 'a swapped day off must be a weekday' }]);
      const noDocument = await w.gql('hr', P.setDay, { input: { date: '2026-03-13', kind: 'HOLIDAY', name: 'Nghỉ', document: ' ' } });
      expect(noDocument.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['input.document']);
      expect(errorCode(await w.gql('hr', P.calendar, { year: 1999 }))).toBe('BAD_USER_INPUT');
      expect((await w.ok<{ workingCalendar: CalendarData }>('hr', P.calendar, { year: 2026 })).workingCalendar).toEqual(before);
      const loaded = (await w.ok<{ loadCalendarYear: CalendarData }>('hr', P.loadYear, { year: 2027 })).loadCalendarYear;
      expect(loaded.source).toBe('LOADED');
      expect(loaded.entries.map((e) => e.date)).toContain('2027-09-02');
      expect((await w.auditOf('pilot.calendar.year_loaded')).at(-1)).toMatchObject({
        actor_id: w.idOf['hr'],
        data: expect.objectContaining({ year: 2027, source: 'FIXED_DATE_RULES' }),
      });
    });

    it('only HR and administrators edit the calendar', async () => {
      for (const who of ['head', 'official', 'inspector']) {
        expect(errorCode(await w.gql(who, P.setDay, { input: { date: '2026-03-11', kind: 'HOLIDAY', name: 'Không được', document: '03/TB' } }))).toBe('FORBIDDEN');
        expect(errorCode(await w.gql(who, P.removeDay, { date: '2026-02-17' }))).toBe('FORBIDDEN');
        expect(errorCode(await w.gql(who, P.loadYear, { year: 2026 }))).toBe('FORBIDDEN');
      }
      expect((await w.ok<{ loadCalendarYear: CalendarData }>('admin', P.loadYear, { year: 2026 })).loadCalendarYear.source).toBe('LOADED');
    });
  });
});
