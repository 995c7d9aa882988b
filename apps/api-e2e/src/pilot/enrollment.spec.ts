import { createTestApp, errorCode, GqlResponse, TestApp } from '@ketqua/api/testing';
import { at, COMMITMENT_BODY, MONDAY, P, PilotWorld } from './pilot-fixtures';

type EnrollmentView = {
  id: string;
  status: string;
  weekdays: number[];
  commitmentVersion: number;
  commitmentAcceptedAt: string;
  decisionReason: string | null;
  suspendReason: string | null;
  endReason: string | null;
  version: number;
  official: { email: string };
  decidedBy: { id: string; email: string | null } | null;
};
type CapView = {
  ok: boolean;
  homeDaysPerWeek: number;
  maxHomeDaysPerWeek: number;
  weekdays: Array<{ weekday: number; affected: boolean; homeCount: number; total: number; maxHome: number; onSiteCount: number; breaksCap: boolean; breaksMinOnSite: boolean }>;
  violations: Array<{ kind: string; weekday: number | null; firstDate: string | null }>;
};
type ListData = { enrollments: { totalCount: number; edges: Array<{ node: EnrollmentView & { capCheck: CapView } }> } };

const FIELDS = `id status weekdays commitmentVersion commitmentAcceptedAt decisionReason suspendReason endReason version official { email } decidedBy { id email }`;
const Q = {
  withdraw: `mutation($input: WithdrawEnrollmentInput!) { withdrawEnrollment(input: $input) { id status endReason } }`,
  one: `query($id: ID!) { enrollment(id: $id) { ${FIELDS} } }`,
  list: `query($filter: EnrollmentFilter) { enrollments(filter: $filter, first: 50) { totalCount edges { node { ${FIELDS} capCheck { ok homeDaysPerWeek maxHomeDaysPerWeek weekdays { weekday affected homeCount total maxHome onSiteCount breaksCap breaksMinOnSite } violations { kind weekday firstDate } } } } } }`,
};

const fields = (res: GqlResponse<unknown>) => (res.errors?.[0].extensions?.fields ?? []).map((f) => f.field);
const reason = (res: GqlResponse<unknown>) => res.errors?.[0].extensions?.reason;

/**
 * Đăng ký làm việc tại nhà (PRODUCT.md 4.1): the official asks with the commitment accepted and the
 * equipment confirmed, the head approves within the unit's caps or refuses with a reason, and
 * suspends or ends; every step scoped, validated and audited. Phòng Công chức viên chức (CCVC) has
 * 7 officials, so the 30% cap allows 2 at home on a day; Phòng Cải cách hành chính (CCHC) has 4.
 */
describe('enrollments', () => {
  let t: TestApp;
  let w: PilotWorld;
  const ids: Record<string, string> = {};

  const one = async (who: string, id: string) => (await w.ok<{ enrollment: EnrollmentView }>(who, Q.one, { id })).enrollment;
  const count = async (table: string) => (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
  const auditCount = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action LIKE 'pilot.enrollment.%'`))[0].n as number;
  const notices = async (who: string) =>
    (await t.dataSource.query(`SELECT kind, body_vi FROM notification WHERE recipient_id = $1`, [w.idOf[who]])) as Array<{ kind: string; body_vi: string | null }>;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.setNow(at('2026-02-27', '09:00'));
    w = await new PilotWorld(t).init([
      'tran.thi.mai.anh',
      'bui.quoc.bao',
      'dang.thi.phuong.thao',
      'ly.gia.huy',
      'ho.thi.diem.my',
      'duong.van.phuc',
      'pham.thi.bao.tran',
      'kieu.van.thang',
      'to.thi.yen.nhi',
      'ha.minh.tri',
      'ta.thi.ngoc.lan',
    ]);
  });
  afterAll(() => t.close());

  describe('asking', () => {
    it('needs a published commitment, accepted in its current version, and the whole equipment checklist; refusals store nothing', async () => {
      const created = await w.ok<{ createPilot: { id: string } }>('hr', P.createPilot, {
        input: {
          name: 'Thí điểm kiểm thử',
          decisionNumber: '99/QĐ-TEST',
          startDate: MONDAY,
          endDate: '2026-12-31',
          unitIds: [w.unitOf['CCVC'], w.unitOf['CCHC'], w.unitOf['BPMC']],
        },
      });
      w.pilotId = created.createPilot.id;
      w.commitmentVersion = 1;
      const none = await w.gql('official', P.request, { input: w.requestInput([2, 4]) });
      expect(errorCode(none)).toBe('CONFLICT');
      expect(reason(none)).toBe('NO_COMMITMENT');

      await w.ok('hr', P.publish, { input: { title: 'Bản cam kết', body: COMMITMENT_BODY } });
      const notAccepted = await w.gql('official', P.request, { input: w.requestInput([2, 4], { acceptCommitment: false }) });
      expect(errorCode(notAccepted)).toBe('BAD_USER_INPUT');
      expect(fields(notAccepted)).toEqual(['input.acceptCommitment']);
      expect(notAccepted.errors?.[0].message).toContain('chấp nhận bản cam kết');

      const noPrinter = await w.gql('official', P.request, { input: w.requestInput([2, 4], { hasPrinter: false, hasInternet: false }) });
      expect(errorCode(noPrinter)).toBe('BAD_USER_INPUT');
      expect(fields(noPrinter)).toEqual(['input.hasPrinter', 'input.hasInternet']);

      const wrongVersion = await w.gql('official', P.request, { input: w.requestInput([2, 4], { commitmentVersion: 7 }) });
      expect(reason(wrongVersion)).toBe('COMMITMENT_OUTDATED');
      expect(await count('enrollment')).toBe(0);
      expect(await auditCount()).toBe(0);
    });

    it('stores the accepted version and time on the enrollment; a newer version later leaves it as accepted, and new requests must read it', async () => {
      const asked = await w.ok<{ requestEnrollment: EnrollmentView }>('official', P.request, { input: w.requestInput([4, 2], { note: 'Soạn báo cáo tại nhà' }) });
      ids['official'] = asked.requestEnrollment.id;
      expect(asked.requestEnrollment).toMatchObject({ status: 'PENDING', weekdays: [2, 4], commitmentVersion: 1, commitmentAcceptedAt: at('2026-02-27', '09:00').toISOString() });
      const [row] = await t.dataSource.query(
        `SELECT e.commitment_version, c.version AS text_version, e.has_computer, e.has_phone, e.has_printer, e.has_internet
           FROM enrollment e JOIN commitment_text c ON c.id = e.commitment_text_id WHERE e.id = $1`,
        [ids['official']],
      );
      expect(row).toEqual({ commitment_version: 1, text_version: 1, has_computer: true, has_phone: true, has_printer: true, has_internet: true });
      const [requested] = await w.auditOf('pilot.enrollment.requested');
      expect(requested).toMatchObject({ actor_id: w.idOf['official'], entity_id: ids['official'] });
      expect(requested.data).toMatchObject({ commitmentVersion: 1, weekdays: [2, 4], equipment: { computer: true, phone: true, printer: true, internet: true } });
      expect((await notices('head')).map((n) => n.kind)).toEqual(['ENROLLMENT_REQUESTED']);
      const [subject] = await t.dataSource.query(`SELECT subject_kind, subject_id FROM notification WHERE recipient_id = $1`, [w.idOf['head']]);
      expect(subject).toEqual({ subject_kind: 'ENROLLMENT', subject_id: ids['official'] });

      await w.ok('hr', P.publish, { input: { title: 'Bản cam kết (sửa đổi)', body: `${COMMITMENT_BODY} Bổ sung: không dùng mạng Wi-Fi công cộng.` } });
      expect((await one('official', ids['official'])).commitmentVersion).toBe(1);
      const outdated = await w.gql('tran.thi.mai.anh', P.request, { input: w.requestInput([1, 3]) });
      expect(errorCode(outdated)).toBe('CONFLICT');
      expect(outdated.errors?.[0].message).toContain('phiên bản 2');
      w.commitmentVersion = 2;
    });

    it('bad input is refused with the field named and nothing changes', async () => {
      const before = { enrollments: await count('enrollment'), audit: await auditCount() };
      const cases: Array<[Record<string, unknown>, string[]]> = [
        [{ weekdays: [6] }, ['input.weekdays']],
        [{ weekdays: [] }, ['input.weekdays']],
        [{ startDate: '2026-03-10', endDate: '2026-03-09' }, ['input.endDate']],
        [{ startDate: '2026-02-20' }, ['input.startDate']],
        [{ endDate: '2027-03-01' }, ['input.endDate']],
        [{ note: 'x'.repeat(2001) }, ['input.note']],
      ];
      for (const [input, named] of cases) {
        const res = await w.gql('tran.thi.mai.anh', P.request, { input: w.requestInput([1, 3], input) });
        expect([JSON.stringify(input), errorCode(res)]).toEqual([JSON.stringify(input), 'BAD_USER_INPUT']);
        expect(fields(res)).toEqual(named);
      }
      const impossible = await w.gql('tran.thi.mai.anh', P.request, { input: w.requestInput([1, 3], { startDate: '2026-02-30' }) });
      expect(errorCode(impossible)).toBe('BAD_USER_INPUT');
      expect(impossible.errors?.[0].message).toContain('input.startDate');

      const threeDays = await w.gql('tran.thi.mai.anh', P.request, { input: w.requestInput([1, 3, 5]) });
      expect(reason(threeDays)).toBe('HOME_DAYS_PER_WEEK');
      expect(fields(threeDays)).toEqual(['input.weekdays']);
      expect(threeDays.errors?.[0].message).toContain('tối đa 2 ngày');

      expect(errorCode(await w.gql('tran.thi.mai.anh', P.request, { input: { ...w.requestInput([1]), pilotId: '00000000-0000-4000-8000-000000000000' } }))).toBe('NOT_FOUND');
      const outsider = await w.gql('ta.thi.ngoc.lan', P.request, { input: w.requestInput([1]) });
      expect(reason(outsider)).toBe('UNIT_NOT_IN_PILOT');
      const twice = await w.gql('official', P.request, { input: w.requestInput([1]) });
      expect(reason(twice)).toBe('ENROLLMENT_OPEN');

      const noReason = await w.gql('head', P.decide, { input: { id: ids['official'], approve: false, reason: '   ' } });
      expect(fields(noReason)).toEqual(['input.reason']);
      const shortReason = await w.gql('head', P.suspend, { input: { id: ids['official'], reason: 'x' } });
      expect(fields(shortReason)).toEqual(['input.reason']);

      expect({ enrollments: await count('enrollment'), audit: await auditCount() }).toEqual(before);
      expect((await one('official', ids['official'])).status).toBe('PENDING');
    });
  });

  describe('the head decides within the caps', () => {
    it('approves within the 30% cap; one more at home on Wednesday is refused naming that day and the numbers, nothing else', async () => {
      await w.approve(ids['official']);
      ids['mai.anh'] = await w.enrol('tran.thi.mai.anh', [1, 3]);
      ids['bao'] = await w.enrol('bui.quoc.bao', [3, 5]);
      ids['diem.my'] = await w.request('ho.thi.diem.my', [1, 3]);

      // The head's queue: the week grid of the pending request, per weekday, against the cap.
      const queue = (await w.ok<ListData>('head', Q.list, { filter: { statuses: ['PENDING'] } })).enrollments.edges.map((e) => e.node);
      expect(queue.map((e) => e.official.email)).toEqual(['ho.thi.diem.my@demo.ketqua.vn']);
      const grid = queue[0].capCheck;
      expect(grid).toMatchObject({ ok: false, homeDaysPerWeek: 2, maxHomeDaysPerWeek: 2, violations: [{ kind: 'HOME_SHARE_CAP', weekday: 3, firstDate: '2026-03-04' }] });
      expect(grid.weekdays.map((d) => [d.weekday, d.affected, d.homeCount, d.total, d.maxHome, d.breaksCap])).toEqual([
        [1, true, 2, 7, 2, false],
        [2, false, 1, 7, 2, false],
        [3, true, 3, 7, 2, true],
        [4, false, 1, 7, 2, false],
        [5, false, 1, 7, 2, false],
      ]);

      const refused = await w.gql('head', P.decide, { input: { id: ids['diem.my'], approve: true } });
      expect(errorCode(refused)).toBe('CONFLICT');
      expect(reason(refused)).toBe('HOME_SHARE_CAP');
      expect(refused.errors?.[0].message).toContain('Thứ Tư (từ ngày 04/03/2026): 3/7 người làm việc tại nhà (42,86%), vượt mức tối đa 30% (tối đa 2 người)');
      expect(refused.errors?.[0].message).not.toContain('Thứ Hai');
      const refusedEn = await w.gql('head', P.decide, { input: { id: ids['diem.my'], approve: true } }, 'en');
      expect(refusedEn.errors?.[0].message).toContain('Wednesday (from 04/03/2026): 3 of 7 at home (42.86%), above the cap of 30% (at most 2)');
      expect((await one('head', ids['diem.my'])).status).toBe('PENDING');
      expect((await w.auditOf('pilot.enrollment.approved')).length).toBe(3);
    });

    it('refuses with a reason the official reads on their request, and is told; they may ask again for other days', async () => {
      const why = 'Thứ Tư phòng đã đủ 2 người làm việc tại nhà; đề nghị chọn ngày khác';
      const rejected = await w.ok<{ decideEnrollment: { status: string; decisionReason: string; decidedBy: { email: string } } }>('head', P.decide, {
        input: { id: ids['diem.my'], approve: false, reason: why },
      });
      expect(rejected.decideEnrollment).toMatchObject({ status: 'REJECTED', decisionReason: why, decidedBy: { email: 'head@demo.ketqua.vn' } });
      const own = (await w.ok<ListData>('ho.thi.diem.my', Q.list)).enrollments.edges.map((e) => e.node);
      expect(own).toEqual([expect.objectContaining({ status: 'REJECTED', decisionReason: why })]);
      expect(await notices('ho.thi.diem.my')).toEqual([{ kind: 'ENROLLMENT_REJECTED', body_vi: `Lý do: ${why}` }]);
      expect((await t.dataSource.query(`SELECT subject_kind, subject_id FROM notification WHERE recipient_id = $1`, [w.idOf['ho.thi.diem.my']]))[0]).toEqual({
        subject_kind: 'ENROLLMENT',
        subject_id: ids['diem.my'],
      });
      expect((await w.auditOf('pilot.enrollment.rejected')).at(-1)).toMatchObject({
        actor_id: w.idOf['head'],
        entity_id: ids['diem.my'],
        data: expect.objectContaining({ reason: why }),
      });
      const again = await w.gql('head', P.decide, { input: { id: ids['diem.my'], approve: true } });
      expect(reason(again)).toBe('ENROLLMENT_STATUS');

      ids['diem.my'] = await w.enrol('ho.thi.diem.my', [1, 2]);
      expect((await one('ho.thi.diem.my', ids['diem.my'])).status).toBe('APPROVED');
    });

    it('keeps the on-site minimum, counting the absences the head recorded', async () => {
      await w.ok('hr', P.updatePilot, { input: { id: w.pilotId, minOnSite: 2 } });
      for (const [who, kind] of [
        ['to.thi.yen.nhi', 'LEAVE'],
        ['ha.minh.tri', 'BUSINESS_TRIP'],
      ] as const) {
        await w.ok('pham.thi.bao.tran', P.recordAbsence, { input: { officialId: w.idOf[who], kind, startDate: '2026-03-11', endDate: '2026-03-11' } });
      }
      const id = await w.request('kieu.van.thang', [3]);
      const refused = await w.gql('pham.thi.bao.tran', P.decide, { input: { id, approve: true } });
      expect(reason(refused)).toBe('MIN_ON_SITE');
      expect(refused.errors?.[0].message).toContain('Thứ Tư (từ ngày 11/03/2026): chỉ còn 1 người tại cơ quan, ít hơn mức tối thiểu 2 người');

      const trip = (
        await w.ok<{ absences: { edges: Array<{ node: { id: string; kind: string } }> } }>('pham.thi.bao.tran', P.absences, { filter: { officialId: w.idOf['ha.minh.tri'] } })
      ).absences.edges[0].node;
      await w.ok('pham.thi.bao.tran', P.cancelAbsence, { id: trip.id });
      await w.approve(id, 'pham.thi.bao.tran');
      ids['thang'] = id;
      await w.ok('hr', P.updatePilot, { input: { id: w.pilotId, minOnSite: 1 } });
    });

    it('two deciders approving the last place at once: exactly one wins, the other is refused with the numbers', async () => {
      // Phòng Cải cách hành chính: 4 officials, so at most 1 at home on a Monday.
      const yen = await w.request('to.thi.yen.nhi', [1]);
      const tri = await w.request('ha.minh.tri', [1]);
      const results = await Promise.all([
        w.gql('pham.thi.bao.tran', P.decide, { input: { id: yen, approve: true } }),
        w.gql('hr', P.decide, { input: { id: tri, approve: true } }),
      ]);
      expect(results.map((r) => (r.errors ? reason(r) : 'APPROVED')).sort()).toEqual(['APPROVED', 'HOME_SHARE_CAP']);
      expect(results.find((r) => r.errors)?.errors?.[0].message).toContain('Thứ Hai (từ ngày 02/03/2026): 2/4 người làm việc tại nhà (50%)');
      const statuses = await t.dataSource.query(`SELECT status FROM enrollment WHERE id IN ($1, $2) ORDER BY status`, [yen, tri]);
      expect(statuses.map((r: { status: string }) => r.status)).toEqual(['APPROVED', 'PENDING']);
    });

    it('never lets an official have more home days a week than the pilot allows (1 after HR changes it), at the request and at the approval', async () => {
      const asked = await w.request('dang.thi.phuong.thao', [4, 5]);
      await w.ok('hr', P.updatePilot, { input: { id: w.pilotId, maxHomeDaysPerWeek: 1 } });
      const approval = await w.gql('head', P.decide, { input: { id: asked, approve: true } });
      expect(reason(approval)).toBe('HOME_DAYS_PER_WEEK');
      expect(approval.errors?.[0].message).toContain('2 ngày làm việc tại nhà mỗi tuần, vượt mức tối đa 1 ngày');
      await w.ok('head', P.decide, { input: { id: asked, approve: false, reason: 'Đề án nay chỉ cho phép 1 ngày mỗi tuần' } });

      const two = await w.gql('dang.thi.phuong.thao', P.request, { input: w.requestInput([4, 5]) });
      expect(reason(two)).toBe('HOME_DAYS_PER_WEEK');
      expect(two.errors?.[0].message).toContain('tối đa 1 ngày');
      await w.ok('hr', P.updatePilot, { input: { id: w.pilotId, maxHomeDaysPerWeek: 2 } });
    });
  });

  describe('scope', () => {
    it('a head decides only in the units they head (not a sibling unit, not from a sub-unit), never their own request; officials and inspectors never', async () => {
      ids['huy'] = await w.request('ly.gia.huy', [4]);
      for (const who of ['pham.thi.bao.tran', 'duong.van.phuc', 'official', 'inspector']) {
        const res = await w.gql(who, P.decide, { input: { id: ids['huy'], approve: true } });
        expect([who, errorCode(res)]).toEqual([who, 'FORBIDDEN']);
        expect(errorCode(await w.gql(who, P.suspend, { input: { id: ids['mai.anh'], reason: 'Thử tạm dừng ngoài phạm vi' } }))).toBe('FORBIDDEN');
        expect(errorCode(await w.gql(who, P.end, { input: { id: ids['mai.anh'], reason: 'Thử kết thúc ngoài phạm vi' } }))).toBe('FORBIDDEN');
      }
      expect((await one('head', ids['huy'])).status).toBe('PENDING');
      expect((await one('head', ids['mai.anh'])).status).toBe('APPROVED');
      await w.approve(ids['huy']);

      // The head's own request goes to HR.
      const own = await w.request('head', [5]);
      const self = await w.gql('head', P.decide, { input: { id: own, approve: true } });
      expect(errorCode(self)).toBe('FORBIDDEN');
      expect(reason(self)).toBe('OWN_ENROLLMENT');
      await w.approve(own, 'hr');
      // HR decided: named on the head's record, its e-mail kept to those whose scope includes HR.
      expect((await one('head', own)).decidedBy).toEqual({ id: w.idOf['hr'], email: null });
    });

    it('an official sees only their own enrollments; a head their units’; HR and inspectors every unit', async () => {
      const emails = async (who: string) => new Set((await w.ok<ListData>(who, Q.list)).enrollments.edges.map((e) => e.node.official.email.split('@')[0]));
      expect(await emails('official')).toEqual(new Set(['official']));
      expect(errorCode(await w.gql('official', Q.one, { id: ids['mai.anh'] }))).toBe('FORBIDDEN');
      expect(await emails('head')).toEqual(new Set(['official', 'tran.thi.mai.anh', 'bui.quoc.bao', 'ho.thi.diem.my', 'dang.thi.phuong.thao', 'ly.gia.huy', 'head']));
      expect(await emails('pham.thi.bao.tran')).toEqual(new Set(['kieu.van.thang', 'to.thi.yen.nhi', 'ha.minh.tri']));
      expect(errorCode(await w.gql('pham.thi.bao.tran', Q.one, { id: ids['mai.anh'] }))).toBe('FORBIDDEN');
      for (const who of ['hr', 'inspector']) expect((await emails(who)).size).toBe(10);
    });
  });

  describe('after approval', () => {
    it('the head suspends (the official is back in the office), resumes within the caps, and ends, each with a reason, told and audited', async () => {
      const homeOnMonday = async () => (await w.ok<{ myPresence: { status: string } }>('tran.thi.mai.anh', P.myPresence, { date: '2026-03-09' })).myPresence.status;
      expect(await homeOnMonday()).toBe('HOME');

      const suspended = await w.ok<{ suspendEnrollment: EnrollmentView }>('head', P.suspend, {
        input: { id: ids['mai.anh'], reason: 'Cần có mặt tại cơ quan để chuẩn bị hội nghị' },
      });
      expect(suspended.suspendEnrollment).toMatchObject({ status: 'SUSPENDED', suspendReason: 'Cần có mặt tại cơ quan để chuẩn bị hội nghị' });
      expect(await homeOnMonday()).toBe('OFFICE');
      expect(reason(await w.gql('head', P.suspend, { input: { id: ids['mai.anh'], reason: 'Tạm dừng lần nữa' } }))).toBe('ENROLLMENT_STATUS');
      const stale = await w.gql('head', P.resume, { input: { id: ids['mai.anh'], version: suspended.suspendEnrollment.version - 1 } });
      expect(reason(stale)).toBe('STALE_VERSION');

      const resumed = await w.ok<{ resumeEnrollment: EnrollmentView }>('head', P.resume, { input: { id: ids['mai.anh'], version: suspended.suspendEnrollment.version } });
      expect(resumed.resumeEnrollment.status).toBe('APPROVED');
      expect(await homeOnMonday()).toBe('HOME');

      const ended = await w.ok<{ endEnrollment: EnrollmentView }>('head', P.end, { input: { id: ids['mai.anh'], reason: 'Chuyển sang vị trí phải tiếp công dân' } });
      expect(ended.endEnrollment).toMatchObject({ status: 'ENDED', endReason: 'Chuyển sang vị trí phải tiếp công dân' });
      expect(await homeOnMonday()).toBe('OFFICE');
      expect(reason(await w.gql('head', P.suspend, { input: { id: ids['mai.anh'], reason: 'Tạm dừng khi đã kết thúc' } }))).toBe('ENROLLMENT_STATUS');

      const trail = await t.dataSource.query(`SELECT action, actor_id, data FROM audit_event WHERE entity_id = $1 ORDER BY seq`, [ids['mai.anh']]);
      expect(trail.map((e: { action: string }) => e.action)).toEqual([
        'pilot.enrollment.requested',
        'pilot.enrollment.approved',
        'pilot.enrollment.suspended',
        'pilot.enrollment.resumed',
        'pilot.enrollment.ended',
      ]);
      expect(trail.slice(1).every((e: { actor_id: string }) => e.actor_id === w.idOf['head'])).toBe(true);
      expect(trail[4].data).toMatchObject({ from: 'APPROVED', to: 'ENDED', reason: 'Chuyển sang vị trí phải tiếp công dân' });
      expect((await notices('tran.thi.mai.anh')).map((n) => n.kind).sort()).toEqual(['ENROLLMENT_APPROVED', 'ENROLLMENT_ENDED', 'ENROLLMENT_RESUMED', 'ENROLLMENT_SUSPENDED']);

      // Ended, they may ask again.
      expect((await w.gql('tran.thi.mai.anh', P.request, { input: w.requestInput([3]) })).data).not.toBeNull();
    });

    it('resuming is an approval again: refused when the unit filled up meanwhile', async () => {
      const suspended = await w.ok<{ suspendEnrollment: EnrollmentView }>('head', P.suspend, { input: { id: ids['bao'], reason: 'Tạm dừng trong đợt kiểm tra hồ sơ' } });
      expect(suspended.suspendEnrollment.status).toBe('SUSPENDED');
      // While Bảo is suspended, Wednesday frees up and Thảo takes it together with Mai Anh's new request.
      ids['thao'] = await w.enrol('dang.thi.phuong.thao', [3]);
      const mai = (await w.ok<ListData>('head', Q.list, { filter: { officialId: w.idOf['tran.thi.mai.anh'], statuses: ['PENDING'] } })).enrollments.edges[0].node;
      await w.approve(mai.id);
      const refused = await w.gql('head', P.resume, { input: { id: ids['bao'] } });
      expect(reason(refused)).toBe('HOME_SHARE_CAP');
      expect(refused.errors?.[0].message).toContain('Thứ Tư');
      expect((await one('head', ids['bao'])).status).toBe('SUSPENDED');
    });

    it('the official withdraws their own pending request or stops working from home; nobody else can; the head is told', async () => {
      for (const person of ['official', 'head']) {
        const res = await w.gql(person, Q.withdraw, { input: { id: ids['huy'] } });
        expect([person, errorCode(res)]).toEqual([person, 'FORBIDDEN']);
      }
      expect(errorCode(await w.gql('hr', Q.withdraw, { input: { id: ids['huy'] } }))).toBe('FORBIDDEN');
      const stopped = await w.ok<{ withdrawEnrollment: { status: string; endReason: string } }>('ly.gia.huy', Q.withdraw, {
        input: { id: ids['huy'], reason: 'Gia đình đã ổn định, tôi làm việc tại cơ quan' },
      });
      expect(stopped.withdrawEnrollment).toEqual({ id: ids['huy'], status: 'ENDED', endReason: 'Gia đình đã ổn định, tôi làm việc tại cơ quan' });
      expect(reason(await w.gql('ly.gia.huy', Q.withdraw, { input: { id: ids['huy'] } }))).toBe('ENROLLMENT_STATUS');
      expect((await w.auditOf('pilot.enrollment.withdrawn')).map((e) => [e.actor_id, e.entity_id, e.data['from']])).toEqual([[w.idOf['ly.gia.huy'], ids['huy'], 'APPROVED']]);

      const pending = await w.request('ly.gia.huy', [4]);
      const withdrawn = await w.ok<{ withdrawEnrollment: { status: string; endReason: string } }>('ly.gia.huy', Q.withdraw, { input: { id: pending } });
      expect(withdrawn.withdrawEnrollment).toMatchObject({ status: 'ENDED', endReason: 'Công chức tự rút đăng ký' });
      const told = await t.dataSource.query(`SELECT kind FROM notification WHERE recipient_id = $1 AND data->>'enrollmentId' IN ($2, $3)`, [w.idOf['head'], ids['huy'], pending]);
      expect(told.map((n: { kind: string }) => n.kind).sort()).toEqual(['ENROLLMENT_REQUESTED', 'ENROLLMENT_REQUESTED', 'ENROLLMENT_WITHDRAWN', 'ENROLLMENT_WITHDRAWN']);
    });
  });
});
