import { createTestApp, errorCode, openSubscription, TestApp } from '@ketqua/api/testing';
import { AssignmentView, hcm, ok, Q, refused, signIn } from './work-fixtures';

const ADDED = `subscription { notificationAdded { kind title { vi } data } }`;
type List = { assignments: { totalCount: number; edges: Array<{ node: { id: string; title: string; status: string; assignee: { email: string } } }> } };

/** Assignments: who may give, see and change them, the state machine, optimistic locking, work logs, catalogue. */
describe('assignments', () => {
  let t: TestApp;
  let token: Record<string, string>;
  let idOf: Record<string, string>;
  let unitOf: Record<string, string>;
  let itemId: string;
  const deadline = hcm('2026-03-13T17:00:00').toISOString();

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.setNow(hcm('2026-03-02T09:00:00'));
    ({ token, idOf, unitOf } = await signIn(t));
    token['long'] = await t.login('nguyen.hoang.long@demo.ketqua.vn');
    const position = (await t.dataSource.query(`SELECT p.id FROM position p JOIN agency a ON a.id = p.agency_id WHERE a.code = 'SNV' AND p.code = 'CV-CCVC'`))[0].id;
    itemId = ok(
      await t.gql<{ createCatalogueItem: { id: string } }>(
        Q.createItem,
        {
          input: { unitId: unitOf['SNV/CCVC'], positionId: position, code: 'bc-dinhky', name: 'Báo cáo định kỳ', unitOfMeasure: 'báo cáo', coefficient: 2.5 },
        },
        { token: token['head'] },
      ),
    ).createCatalogueItem.id;
  });
  afterAll(() => t.close());

  const create = (who: string, input: Record<string, unknown>) =>
    t.gql<{ createAssignment: AssignmentView[] }>(Q.create, { input: { title: 'Báo cáo tháng 3', quantity: 2, deadline, ...input } }, { token: token[who] });
  const count = async () => Number((await t.dataSource.query('SELECT count(*)::int AS n FROM assignment'))[0].n);
  const row = async (id: string) => (await t.dataSource.query('SELECT status, version, title, deadline FROM assignment WHERE id = $1', [id]))[0];
  const audits = async () => Number((await t.dataSource.query('SELECT count(*)::int AS n FROM audit_event'))[0].n);

  describe('giving work', () => {
    it('a head assigns one task to several officials of their units: weight = coefficient × quantity, audited, each told live (and nobody else)', async () => {
      const official = await openSubscription<{ kind: string; title: { vi: string }; data: { assignmentId: string } }>(t.url, token['official'], ADDED);
      const hr = await openSubscription(t.url, token['hr'], ADDED);
      try {
        const before = await audits();
        const created = ok(
          await create('head', { assigneeIds: [idOf['official'], idOf['bui.quoc.bao']], catalogueItemId: itemId, sourceDocument: '125/SNV-CCVC' }),
        ).createAssignment;
        expect(created.map((a) => [a.assignee.email, a.status, a.weight, a.coefficient, a.sourceDocument])).toEqual([
          ['official@demo.ketqua.vn', 'ASSIGNED', 5, 2.5, '125/SNV-CCVC'],
          ['bui.quoc.bao@demo.ketqua.vn', 'ASSIGNED', 5, 2.5, '125/SNV-CCVC'],
        ]);
        expect(created[0].unit).toEqual({ code: 'CCVC' });
        expect(await audits()).toBe(before + 2);
        const told = await official.next();
        expect(told).toMatchObject({ kind: 'ASSIGNMENT_CREATED', title: { vi: 'Nhiệm vụ mới: Báo cáo tháng 3' }, data: { assignmentId: created[0].id } });
        expect(await official.quietFor(300)).toEqual([]);
        expect(await hr.quietFor(100)).toEqual([]);
      } finally {
        await official.close();
        await hr.close();
      }
    });

    it('a head cannot assign outside the units they head; a sub-unit head cannot assign upwards; nobody assigns to themselves', async () => {
      const before = await count();
      const outside = await create('head', { assigneeIds: [idOf['official'], idOf['nguyen.hoang.long']] });
      expect(refused(outside)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OUT_OF_SCOPE' });
      expect(outside.errors?.[0].message).toContain('Nguyễn Hoàng Long');
      expect(refused(await create('phuc', { assigneeIds: [idOf['official']] })).reason).toBe('OUT_OF_SCOPE');
      expect(refused(await create('head', { assigneeIds: [idOf['head']] })).reason).toBe('SELF_ASSIGNMENT');
      expect(refused(await create('head', { assigneeIds: [idOf['mai.thi.thanh.tam']], catalogueItemId: itemId })).reason).toBe('CATALOGUE_MISMATCH');
      expect(refused(await create('head', { assigneeIds: [idOf['official']], deadline: hcm('2026-03-01T17:00:00').toISOString() })).reason).toBe('DEADLINE_IN_PAST');
      expect(await count()).toBe(before);
    });

    it.each(['official', 'hr', 'inspector', 'admin'])('%s may not give work (FORBIDDEN)', async (who) => {
      const res = await create(who, { assigneeIds: [idOf['bui.quoc.bao']] });
      expect(refused(res)).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
    });
  });

  describe('who sees what', () => {
    let officialTask: string;
    let dtbdTask: string;
    beforeAll(async () => {
      officialTask = ok(await create('head', { assigneeIds: [idOf['official']], title: 'Việc riêng của Nhung' })).createAssignment[0].id;
      dtbdTask = ok(await create('phuc', { assigneeIds: [idOf['mai.thi.thanh.tam']], title: 'Kế hoạch bồi dưỡng' })).createAssignment[0].id;
    });
    const see = (who: string, id: string) => t.gql<{ assignment: { title: string } }>(Q.get, { id }, { token: token[who] });
    const list = async (who: string, filter = {}) => ok(await t.gql<List>(Q.list, { filter, first: 200 }, { token: token[who] })).assignments;

    it('an official sees only their own assignments; a colleague’s is FORBIDDEN', async () => {
      expect(ok(await see('official', officialTask)).assignment.title).toBe('Việc riêng của Nhung');
      expect(refused(await see('bao', officialTask))).toMatchObject({ code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' });
      const mine = await list('official');
      expect(new Set(mine.edges.map((e) => e.node.assignee.email))).toEqual(new Set(['official@demo.ketqua.vn']));
      expect((await list('official', { assigneeId: idOf['bui.quoc.bao'] })).totalCount).toBe(0);
    });

    it('a head sees their subtree; a sub-unit head only theirs; another unit’s head nothing of it', async () => {
      const heads = await list('head');
      expect(heads.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining([officialTask, dtbdTask]));
      expect((await list('phuc')).edges.map((e) => e.node.id)).toEqual([dtbdTask]);
      expect(refused(await see('phuc', officialTask)).code).toBe('FORBIDDEN');
      expect(refused(await see('long', officialTask)).code).toBe('FORBIDDEN');
      expect((await list('long')).totalCount).toBe(0);
      expect((await list('head', { unitId: unitOf['SNV/CCVC-DTBD'] })).edges.map((e) => e.node.id)).toEqual([dtbdTask]);
    });

    it.each(['hr', 'inspector', 'admin'])('%s (city scope) reads every assignment but changes none', async (who) => {
      expect(ok(await see(who, officialTask)).assignment.title).toBe('Việc riêng của Nhung');
      const a = ok(await see('head', officialTask)) as unknown as { assignment: AssignmentView };
      const res = await t.gql(Q.update, { input: { id: officialTask, version: a.assignment.version, title: 'Đổi tên' } }, { token: token[who] });
      expect(refused(res).code).toBe('FORBIDDEN');
    });

    it('requires sign-in', async () => {
      expect(errorCode(await t.gql(Q.list))).toBe('UNAUTHENTICATED');
    });
  });

  describe('state machine (PRODUCT.md 4.3): every action the status does not allow is a CONFLICT and changes nothing', () => {
    // Drives a fresh assignment to `status` through the API.
    async function inStatus(status: string): Promise<AssignmentView> {
      const a = ok(await create('head', { assigneeIds: [idOf['official']], title: `Trạng thái ${status}` })).createAssignment[0];
      if (status === 'ASSIGNED') return a;
      if (status === 'CANCELLED')
        return ok(await t.gql<{ cancelAssignment: AssignmentView }>(Q.cancel, { input: { id: a.id, version: a.version, reason: 'Không còn cần' } }, { token: token['head'] }))
          .cancelAssignment;
      ok(await t.gql(Q.start, { id: a.id }, { token: token['official'] }));
      if (status === 'IN_PROGRESS') return get(a.id);
      ok(await t.gql(Q.submit, { input: { assignmentId: a.id, note: 'Bản nộp lần 1' } }, { token: token['official'] }));
      if (status === 'SUBMITTED') return get(a.id);
      const v1 = (await get(a.id)).deliverables[0].id;
      ok(
        await t.gql(
          Q.review,
          { input: status === 'ACCEPTED' ? { deliverableId: v1, decision: 'ACCEPTED' } : { deliverableId: v1, decision: 'RETURNED', comment: 'Sửa lại' } },
          { token: token['head'] },
        ),
      );
      return get(a.id);
    }
    const get = async (id: string) => ok(await t.gql<{ assignment: AssignmentView }>(Q.get, { id }, { token: token['head'] })).assignment;

    const actions: Record<string, (a: AssignmentView) => Promise<ReturnType<typeof refused>>> = {
      start: async (a) => refused(await t.gql(Q.start, { id: a.id }, { token: token['official'] })),
      submit: async (a) => refused(await t.gql(Q.submit, { input: { assignmentId: a.id, note: 'Nộp' } }, { token: token['official'] })),
      accept: async (a) => refused(await t.gql(Q.review, { input: { deliverableId: a.deliverables.at(-1)?.id, decision: 'ACCEPTED' } }, { token: token['head'] })),
      return: async (a) => refused(await t.gql(Q.review, { input: { deliverableId: a.deliverables.at(-1)?.id, decision: 'RETURNED', comment: 'x' } }, { token: token['head'] })),
      cancel: async (a) => refused(await t.gql(Q.cancel, { input: { id: a.id, version: a.version, reason: 'Hủy' } }, { token: token['head'] })),
      edit: async (a) => refused(await t.gql(Q.update, { input: { id: a.id, version: a.version, title: 'Tên mới' } }, { token: token['head'] })),
      extend: async (a) =>
        refused(
          await t.gql(
            Q.extend,
            { input: { id: a.id, version: a.version, deadline: hcm('2026-03-20T17:00:00').toISOString(), reason: 'Thêm thời gian' } },
            { token: token['head'] },
          ),
        ),
      log: async (a) => refused(await t.gql(Q.log, { input: { assignmentId: a.id, workDate: '2026-03-02', minutes: 30, note: 'Làm tiếp' } }, { token: token['official'] })),
    };
    const invalid: Array<[string, string[]]> = [
      ['ASSIGNED', ['submit']],
      ['IN_PROGRESS', ['start']],
      ['SUBMITTED', ['start', 'submit']],
      ['RETURNED', ['start', 'accept', 'return']],
      ['ACCEPTED', ['start', 'submit', 'accept', 'return', 'cancel', 'edit', 'extend', 'log']],
      ['CANCELLED', ['start', 'submit', 'cancel', 'edit', 'extend', 'log']],
    ];
    it.each(invalid)('from %s: %j are refused', async (status, refusedActions) => {
      const a = await inStatus(status);
      expect(a.status).toBe(status);
      for (const action of refusedActions) {
        const before = { row: await row(a.id), audits: await audits() };
        const result = await actions[action](a);
        expect({ action, ...result }).toMatchObject({ action, code: 'CONFLICT', reason: 'INVALID_TRANSITION' });
        expect(await row(a.id)).toEqual(before.row);
        expect(await audits()).toBe(before.audits);
      }
    });

    it('the allowed path ASSIGNED → IN_PROGRESS → SUBMITTED → RETURNED → SUBMITTED → ACCEPTED works', async () => {
      const a = await inStatus('RETURNED');
      ok(await t.gql(Q.submit, { input: { assignmentId: a.id, note: 'Bản nộp lần 2' } }, { token: token['official'] }));
      const v2 = (await get(a.id)).deliverables[1];
      expect(
        ok(await t.gql<{ reviewDeliverable: AssignmentView }>(Q.review, { input: { deliverableId: v2.id, decision: 'ACCEPTED' } }, { token: token['head'] })).reviewDeliverable
          .status,
      ).toBe('ACCEPTED');
    });
  });

  describe('editing', () => {
    it('two heads edit the same version at once: one wins, the other gets CONFLICT and overwrites nothing', async () => {
      const a = ok(await create('head', { assigneeIds: [idOf['mai.thi.thanh.tam']], title: 'Kế hoạch bồi dưỡng quý II' })).createAssignment[0];
      const [byHead, byPhuc] = await Promise.all([
        t.gql<{ updateAssignment: AssignmentView }>(Q.update, { input: { id: a.id, version: a.version, title: 'Bản của trưởng phòng' } }, { token: token['head'] }),
        t.gql<{ updateAssignment: AssignmentView }>(Q.update, { input: { id: a.id, version: a.version, title: 'Bản của tổ trưởng' } }, { token: token['phuc'] }),
      ]);
      const results = [byHead, byPhuc];
      const winners = results.filter((r) => !r.errors);
      const losers = results.filter((r) => r.errors);
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(1);
      expect(refused(losers[0])).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
      expect(losers[0].errors?.[0].message).toContain('vừa được người khác thay đổi');
      expect((await row(a.id)).title).toBe(winners[0].data!.updateAssignment.title);
      expect((await row(a.id)).version).toBe(a.version + 1);
    });

    it('an extension keeps the old deadline with its reason; it must be later; the official is told', async () => {
      const a = ok(await create('head', { assigneeIds: [idOf['official']], title: 'Việc cần gia hạn' })).createAssignment[0];
      const earlier = await t.gql(
        Q.extend,
        { input: { id: a.id, version: a.version, deadline: hcm('2026-03-10T17:00:00').toISOString(), reason: 'Sớm hơn' } },
        { token: token['head'] },
      );
      expect(refused(earlier).reason).toBe('DEADLINE_NOT_LATER');
      const extended = ok(
        await t.gql<{ extendAssignmentDeadline: AssignmentView }>(
          Q.extend,
          {
            input: { id: a.id, version: a.version, deadline: hcm('2026-03-20T17:00:00').toISOString(), reason: 'Chờ số liệu của các sở' },
          },
          { token: token['head'] },
        ),
      ).extendAssignmentDeadline;
      expect(extended.deadline).toBe(hcm('2026-03-20T17:00:00').toISOString());
      expect(extended.deadlines.map((d) => d.reason)).toEqual([null, 'Chờ số liệu của các sở']);
      // The test's clock stands still, so both notifications share created_at: which ones, not their order.
      const n = await t.dataSource.query(`SELECT kind FROM notification WHERE data->>'assignmentId' = $1 ORDER BY kind`, [a.id]);
      expect(n.map((x: { kind: string }) => x.kind)).toEqual(['ASSIGNMENT_CREATED', 'DEADLINE_EXTENDED']);
      const audit = await t.dataSource.query(`SELECT action, data FROM audit_event WHERE entity_id = $1 ORDER BY seq`, [a.id]);
      expect(audit.map((x: { action: string }) => x.action)).toEqual(['work.assignment.created', 'work.assignment.deadline_extended']);
      expect(audit[1].data.reason).toBe('Chờ số liệu của các sở');
    });

    it('an edit is audited with what changed; the official may not edit', async () => {
      const a = ok(await create('head', { assigneeIds: [idOf['official']], title: 'Việc cần sửa' })).createAssignment[0];
      expect(refused(await t.gql(Q.update, { input: { id: a.id, version: a.version, title: 'Tôi tự sửa' } }, { token: token['official'] })).code).toBe('FORBIDDEN');
      const edited = ok(
        await t.gql<{ updateAssignment: AssignmentView }>(Q.update, { input: { id: a.id, version: a.version, quantity: 4, catalogueItemId: itemId } }, { token: token['head'] }),
      ).updateAssignment;
      expect(edited.weight).toBe(10);
      const [audit] = await t.dataSource.query(`SELECT data FROM audit_event WHERE entity_id = $1 AND action = 'work.assignment.updated'`, [a.id]);
      expect(audit.data.quantity).toEqual({ from: 2, to: 4 });
    });
  });

  describe('work logs', () => {
    it('an official logs work against their own assignment (which starts it); not against a colleague’s; not for a future day', async () => {
      const [mine, bao] = ok(await create('head', { assigneeIds: [idOf['official'], idOf['bui.quoc.bao']], title: 'Việc có nhật ký' })).createAssignment;
      const logged = ok(
        await t.gql<{ logWork: { minutes: number; assignment: { status: string } } }>(
          Q.log,
          {
            input: { assignmentId: mine.id, workDate: '2026-03-02', minutes: 90, note: 'Thu thập số liệu' },
          },
          { token: token['official'] },
        ),
      ).logWork;
      expect(logged).toMatchObject({ minutes: 90, assignment: { status: 'IN_PROGRESS' } });
      expect(refused(await t.gql(Q.log, { input: { assignmentId: bao.id, workDate: '2026-03-02', minutes: 30, note: 'Giúp anh Bảo' } }, { token: token['official'] })).code).toBe(
        'FORBIDDEN',
      );
      expect(refused(await t.gql(Q.log, { input: { workDate: '2026-03-03', minutes: 30, note: 'Ngày mai' } }, { token: token['official'] })).reason).toBe('FUTURE_DATE');
      expect(refused(await t.gql(Q.log, { input: { workDate: '2026-03-02', minutes: 1400, note: 'Quá nhiều' } }, { token: token['official'] })).reason).toBe('TOO_MANY_MINUTES');
      ok(await t.gql(Q.log, { input: { assignmentId: bao.id, workDate: '2026-03-02', minutes: 60, note: 'Soạn đề cương' } }, { token: token['bao'] }));
    });

    it('an official reads only their own logs; a head reads the team’s; a head of another unit is refused', async () => {
      type Logs = { workLogs: { totalCount: number; edges: Array<{ node: { official: { email: string } } }> } };
      const own = ok(await t.gql<Logs>(Q.logs, {}, { token: token['official'] })).workLogs;
      expect(new Set(own.edges.map((e) => e.node.official.email))).toEqual(new Set(['official@demo.ketqua.vn']));
      // An explicit null filter (what the dashboard sends for "all of mine") reads the same.
      expect(ok(await t.gql<Logs>(Q.logs, { filter: null }, { token: token['official'] })).workLogs.totalCount).toBe(own.totalCount);
      expect(ok(await t.gql<{ assignments: { totalCount: number } }>(Q.list, { filter: null }, { token: token['official'] })).assignments.totalCount).toBe(
        ok(await t.gql<{ assignments: { totalCount: number } }>(Q.list, {}, { token: token['official'] })).assignments.totalCount,
      );
      expect(refused(await t.gql(Q.logs, { filter: { officialId: idOf['bui.quoc.bao'] } }, { token: token['official'] })).code).toBe('FORBIDDEN');
      const team = ok(await t.gql<Logs>(Q.logs, {}, { token: token['head'] })).workLogs;
      expect(new Set(team.edges.map((e) => e.node.official.email))).toEqual(new Set(['official@demo.ketqua.vn', 'bui.quoc.bao@demo.ketqua.vn']));
      expect(refused(await t.gql(Q.logs, { filter: { officialId: idOf['official'] } }, { token: token['long'] })).code).toBe('FORBIDDEN');
      expect(ok(await t.gql<Logs>(Q.logs, {}, { token: token['long'] })).workLogs.totalCount).toBe(0);
      expect(ok(await t.gql<Logs>(Q.logs, {}, { token: token['inspector'] })).workLogs.totalCount).toBe(2);
    });
  });

  describe('work catalogue', () => {
    it('a head edits their unit’s catalogue with optimistic locking; other units and other roles are refused', async () => {
      type Cat = { workCatalogue: { edges: Array<{ node: { id: string; code: string; version: number } }> } };
      const items = ok(await t.gql<Cat>(Q.catalogue, { filter: { unitId: unitOf['SNV/CCVC'] } }, { token: token['official'] })).workCatalogue.edges;
      expect(items.map((e) => e.node.code)).toEqual(['BC-DINHKY']);
      const v = items[0].node.version;
      ok(await t.gql(Q.updateItem, { input: { id: itemId, version: v, coefficient: 3 } }, { token: token['head'] }));
      expect(refused(await t.gql(Q.updateItem, { input: { id: itemId, version: v, coefficient: 4 } }, { token: token['head'] })).reason).toBe('STALE_VERSION');
      expect(
        refused(
          await t.gql(Q.createItem, { input: { unitId: unitOf['SNV/TCBC'], code: 'X', name: 'Việc khác', unitOfMeasure: 'văn bản', coefficient: 1 } }, { token: token['head'] }),
        ).code,
      ).toBe('FORBIDDEN');
      expect(
        refused(
          await t.gql(
            Q.createItem,
            { input: { unitId: unitOf['SNV/CCVC'], code: 'BC-DINHKY', name: 'Trùng mã', unitOfMeasure: 'văn bản', coefficient: 1 } },
            { token: token['head'] },
          ),
        ).reason,
      ).toBe('DUPLICATE_CODE');
      expect(
        refused(
          await t.gql(
            Q.createItem,
            { input: { unitId: unitOf['SNV/CCVC'], code: 'Y', name: 'Việc của tôi', unitOfMeasure: 'văn bản', coefficient: 1 } },
            { token: token['official'] },
          ),
        ).code,
      ).toBe('FORBIDDEN');
      expect(refused(await t.gql(Q.catalogue, { filter: { unitId: unitOf['SNV/TCBC'] } }, { token: token['official'] })).code).toBe('FORBIDDEN');
      // Assignments keep the coefficient they were given with.
      const before = ok(await create('head', { assigneeIds: [idOf['official']], catalogueItemId: itemId, quantity: 1 })).createAssignment[0];
      expect(before.coefficient).toBe(3);
    });
  });
});
