import { DeadlineReminderService } from '@ketqua/api/work';
import { createTestApp, TestApp } from '@ketqua/api/testing';
import { AssignmentView, hcm, ok, Q, signIn } from './work-fixtures';

type List = { assignments: { totalCount: number; edges: Array<{ node: { id: string; status: string; isOverdue: boolean; workingDaysLeft: number } }> } };

/**
 * Deadlines count working days from the calendar (PRODUCT.md 4.2): Tết 2026 is 14–22/02, so work
 * due on Saturday 14/02 is effectively due on Monday 23/02 at the same hour.
 */
describe('deadlines, overdue and reminders across Tết 2026', () => {
  let t: TestApp;
  let token: Record<string, string>;
  let idOf: Record<string, string>;
  let reminders: DeadlineReminderService;
  let tet: AssignmentView;
  let after: AssignmentView;

  beforeAll(async () => {
    t = await createTestApp();
    reminders = t.app.get(DeadlineReminderService);
    t.clock.setNow(hcm('2026-02-11T09:00:00'));
    ({ token, idOf } = await signIn(t));
    const create = async (title: string, deadline: string) =>
      ok(
        await t.gql<{ createAssignment: AssignmentView[] }>(
          Q.create,
          {
            input: { assigneeIds: [idOf['official']], title, quantity: 1, deadline: hcm(deadline).toISOString() },
          },
          { token: token['head'] },
        ),
      ).createAssignment[0];
    tet = await create('Báo cáo trước Tết', '2026-02-14T17:00:00');
    after = await create('Báo cáo sau Tết', '2026-02-24T17:00:00');
  });
  afterAll(() => t.close());

  const view = async (id: string) => ok(await t.gql<{ assignment: AssignmentView }>(Q.get, { id }, { token: token['official'] })).assignment;
  const overdueIds = async (overdue: boolean) =>
    ok(await t.gql<List>(Q.list, { filter: { overdue } }, { token: token['head'] }))
      .assignments.edges.map((e) => e.node.id)
      .sort();

  it.each([
    // now, isOverdue, workingDaysLeft: 12/02 → 13/02 (Fri) and 23/02 (Mon) are the working days left.
    ['2026-02-12T10:00:00', false, 2],
    ['2026-02-14T18:00:00', false, 1],
    ['2026-02-20T10:00:00', false, 1],
    ['2026-02-23T16:59:00', false, 0],
    ['2026-02-23T17:01:00', true, 0],
    ['2026-02-24T09:00:00', true, -1],
  ] as const)('at %s a deadline of Saturday 14/02 17:00 (effective Monday 23/02) is overdue=%s with %s working days left', async (now, overdue, left) => {
    t.clock.setNow(hcm(now));
    const a = await view(tet.id);
    expect(a.effectiveDeadline).toBe(hcm('2026-02-23T17:00:00').toISOString());
    expect([a.isOverdue, a.workingDaysLeft]).toEqual([overdue, left]);
    // The board's overdue filter (SQL) agrees with the derived field.
    expect((await overdueIds(true)).includes(tet.id)).toBe(overdue);
    expect((await overdueIds(false)).includes(tet.id)).toBe(!overdue);
  });

  it('the day before Tết, the reminder tells the official about work due on the next working day (23/02), once', async () => {
    t.clock.setNow(hcm('2026-02-13T07:30:00'));
    expect(await reminders.sendReminders()).toBe(1);
    expect(await reminders.sendReminders()).toBe(0);
    const sent = await t.dataSource.query(`SELECT kind, title_vi, data FROM notification WHERE kind = 'DEADLINE_TOMORROW'`);
    expect(sent).toEqual([{ kind: 'DEADLINE_TOMORROW', title_vi: 'Sắp đến hạn: Báo cáo trước Tết', data: { assignmentId: tet.id } }]);
    // During Tết the job sends nothing; on 23/02 the 24/02 deadline is next.
    t.clock.setNow(hcm('2026-02-17T07:30:00'));
    expect(await reminders.sendReminders()).toBe(0);
    t.clock.setNow(hcm('2026-02-23T07:30:00'));
    expect(await reminders.sendReminders()).toBe(1);
  });

  it('a submission on 23/02 before 17:00 is on time although the written deadline was 14/02; progress stays 100', async () => {
    t.clock.setNow(hcm('2026-02-23T10:00:00'));
    ok(await t.gql(Q.start, { id: tet.id }, { token: token['official'] }));
    const v1 = ok(
      await t.gql<{ submitDeliverable: { id: string; onTime: boolean } }>(Q.submit, { input: { assignmentId: tet.id, note: 'Báo cáo đã xong' } }, { token: token['official'] }),
    ).submitDeliverable;
    expect(v1.onTime).toBe(true);
    const accepted = ok(
      await t.gql<{ reviewDeliverable: AssignmentView }>(Q.review, { input: { deliverableId: v1.id, decision: 'ACCEPTED' } }, { token: token['head'] }),
    ).reviewDeliverable;
    expect(accepted.scores).toMatchObject({ quantity: 100, quality: 100, progress: 100 });
    expect(accepted.deadlines.map((d) => d.missed)).toEqual([false]);
  });

  it('a deadline missed before an extension costs 25 progress points, waived by an objective cause', async () => {
    t.clock.setNow(hcm('2026-02-25T09:00:00'));
    expect((await view(after.id)).isOverdue).toBe(true);
    const extended = ok(
      await t.gql<{ extendAssignmentDeadline: AssignmentView }>(
        Q.extend,
        {
          input: { id: after.id, version: after.version, deadline: hcm('2026-02-27T17:00:00').toISOString(), reason: 'Chờ số liệu' },
        },
        { token: token['head'] },
      ),
    ).extendAssignmentDeadline;
    expect(extended.isOverdue).toBe(false);
    expect(extended.deadlines.map((d) => d.missed)).toEqual([true, false]);
    ok(await t.gql(Q.start, { id: after.id }, { token: token['official'] }));
    const v1 = ok(
      await t.gql<{ submitDeliverable: { id: string; onTime: boolean } }>(Q.submit, { input: { assignmentId: after.id, note: 'Xong' } }, { token: token['official'] }),
    ).submitDeliverable;
    expect(v1.onTime).toBe(true);
    const accepted = ok(
      await t.gql<{ reviewDeliverable: AssignmentView }>(Q.review, { input: { deliverableId: v1.id, decision: 'ACCEPTED' } }, { token: token['head'] }),
    ).reviewDeliverable;
    expect(accepted.scores).toMatchObject({ quantity: 100, quality: 100, progress: 75 });
    const waived = ok(
      await t.gql<{ recordObjectiveCause: AssignmentView }>(
        Q.cause,
        {
          input: { assignmentId: after.id, deadlineId: accepted.deadlines[0].id, cause: 'Mất điện diện rộng ngày 24/02', confirmedBy: 'Văn bản 15/EVNHCMC' },
        },
        { token: token['head'] },
      ),
    ).recordObjectiveCause;
    expect(waived.scores?.progress).toBe(100);
    expect(waived.deadlines[0]).toMatchObject({ missed: true, objectiveCause: { cause: 'Mất điện diện rộng ngày 24/02' } });
  });

  it('a late first submission (after the effective deadline) counts as late', async () => {
    t.clock.setNow(hcm('2026-03-02T09:00:00'));
    const a = ok(
      await t.gql<{ createAssignment: AssignmentView[] }>(
        Q.create,
        {
          input: { assigneeIds: [idOf['official']], title: 'Việc nộp trễ', quantity: 1, deadline: hcm('2026-03-03T17:00:00').toISOString() },
        },
        { token: token['head'] },
      ),
    ).createAssignment[0];
    ok(await t.gql(Q.start, { id: a.id }, { token: token['official'] }));
    t.clock.setNow(hcm('2026-03-04T08:00:00'));
    const v1 = ok(
      await t.gql<{ submitDeliverable: { id: string; onTime: boolean } }>(Q.submit, { input: { assignmentId: a.id, note: 'Trễ một ngày' } }, { token: token['official'] }),
    ).submitDeliverable;
    expect(v1.onTime).toBe(false);
    const accepted = ok(
      await t.gql<{ reviewDeliverable: AssignmentView }>(Q.review, { input: { deliverableId: v1.id, decision: 'ACCEPTED' } }, { token: token['head'] }),
    ).reviewDeliverable;
    expect(accepted.scores?.progress).toBe(75);
  });

  it('sign-ins, sessions and the audit trail take "now" from the Clock, like the deadlines', async () => {
    const at = hcm('2026-03-06T08:15:00');
    t.clock.setNow(at);
    await t.login('official@demo.ketqua.vn');
    const [user] = await t.dataSource.query(`SELECT last_login_at FROM app_user WHERE email = 'official@demo.ketqua.vn'`);
    expect(new Date(user.last_login_at).toISOString()).toBe(at.toISOString());
    const [event] = await t.dataSource.query(`SELECT occurred_at FROM audit_event WHERE action = 'auth.signed_in' ORDER BY seq DESC LIMIT 1`);
    expect(new Date(event.occurred_at).toISOString()).toBe(at.toISOString());
    const [session] = await t.dataSource.query(`SELECT expires_at FROM session ORDER BY created_at DESC LIMIT 1`);
    expect(new Date(session.expires_at).getTime()).toBe(at.getTime() + t.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
  });

  it('the SQL filter overdue and the field isOverdue agree for every status, on a working day, a day off and around the hour', async () => {
    t.clock.setNow(hcm('2026-03-09T08:00:00'));
    const create = async (title: string, deadline: string) =>
      ok(
        await t.gql<{ createAssignment: AssignmentView[] }>(
          Q.create,
          {
            input: { assigneeIds: [idOf['official']], title, quantity: 1, deadline: hcm(deadline).toISOString() },
          },
          { token: token['head'] },
        ),
      ).createAssignment[0];
    const submit = async (id: string) =>
      ok(await t.gql<{ submitDeliverable: { id: string } }>(Q.submit, { input: { assignmentId: id, note: 'Xong' } }, { token: token['official'] })).submitDeliverable.id;
    const byStatus: Record<string, string> = {};
    for (const status of ['ASSIGNED', 'IN_PROGRESS', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'CANCELLED']) {
      const a = await create(`Mọi trạng thái: ${status}`, '2026-03-10T17:00:00');
      byStatus[status] = a.id;
      if (status === 'CANCELLED') ok(await t.gql(Q.cancel, { input: { id: a.id, version: a.version, reason: 'Không cần nữa' } }, { token: token['head'] }));
      if (status === 'ASSIGNED' || status === 'CANCELLED') continue;
      ok(await t.gql(Q.start, { id: a.id }, { token: token['official'] }));
      if (status === 'IN_PROGRESS') continue;
      const v1 = await submit(a.id);
      if (status === 'RETURNED') ok(await t.gql(Q.review, { input: { deliverableId: v1, decision: 'RETURNED', majorError: false, comment: 'Sửa lại' } }, { token: token['head'] }));
      if (status === 'ACCEPTED') ok(await t.gql(Q.review, { input: { deliverableId: v1, decision: 'ACCEPTED' } }, { token: token['head'] }));
    }
    const morning = (await create('Hạn sáng thứ Tư', '2026-03-11T09:00:00')).id;
    const evening = (await create('Hạn chiều thứ Tư', '2026-03-11T17:00:00')).id;
    const saturday = (await create('Hạn thứ Bảy (tính sang thứ Hai)', '2026-03-14T17:00:00')).id;

    const agree = async (now: string): Promise<Set<string>> => {
      t.clock.setNow(hcm(now));
      const all = ok(await t.gql<List>(Q.list, { first: 100 }, { token: token['head'] })).assignments;
      expect(all.edges).toHaveLength(all.totalCount);
      const derived = new Set(all.edges.filter((e) => e.node.isOverdue).map((e) => e.node.id));
      const filtered = async (overdue: boolean) =>
        new Set(ok(await t.gql<List>(Q.list, { filter: { overdue }, first: 100 }, { token: token['head'] })).assignments.edges.map((e) => e.node.id));
      expect(await filtered(true)).toEqual(derived);
      expect(await filtered(false)).toEqual(new Set(all.edges.map((e) => e.node.id).filter((id) => !derived.has(id))));
      return derived;
    };

    // Wednesday 10:00: past Tuesday's deadline, past this morning's, before this evening's.
    const wednesday = await agree('2026-03-11T10:00:00');
    expect(Object.fromEntries(Object.entries(byStatus).map(([s, id]) => [s, wednesday.has(id)]))).toEqual({
      ASSIGNED: true,
      IN_PROGRESS: true,
      SUBMITTED: false,
      RETURNED: true,
      ACCEPTED: false,
      CANCELLED: false,
    });
    expect([wednesday.has(morning), wednesday.has(evening), wednesday.has(saturday)]).toEqual([true, false, false]);
    // Sunday (a day off): Saturday's deadline is due on Monday, so not overdue yet.
    expect((await agree('2026-03-15T20:00:00')).has(saturday)).toBe(false);
    // Monday around 17:00, the effective deadline of the Saturday one.
    expect((await agree('2026-03-16T16:59:00')).has(saturday)).toBe(false);
    expect((await agree('2026-03-16T17:01:00')).has(saturday)).toBe(true);
  });
});
