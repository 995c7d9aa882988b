import { createTestApp, errorCode, TestApp } from '@ketqua/api/testing';
import { at, P, PilotWorld } from '../pilot/pilot-fixtures';
import { hcm, ok, Q } from '../work/work-fixtures';

const LIST = `{ unreadNotificationCount notifications(first: 50) { edges { node { id kind readAt handledAt data } } } }`;
const MARK_ALL = `mutation { markAllNotificationsRead }`;
const PREVIEW = `query($id: ID!, $q: Float) { assignment(id: $id) { status scores { quantity quality progress } scoresIfAccepted(acceptedQuantity: $q) { quantity quality progress } } }`;

type Node = { id: string; kind: string; readAt: string | null; handledAt: string | null; data: Record<string, string> };
type Bell = { unreadNotificationCount: number; notifications: { edges: Array<{ node: Node }> } };
type Scores = { quantity: number; quality: number; progress: number };

/**
 * A notification that asks for a decision (a request to approve, a version to review) stops waiting
 * once the decision is taken: it is marked handled and read in the deciding transaction, so the
 * head's unread count goes down instead of only growing; and one click marks all read (issue 10 §9).
 */
describe('notifications settled by the decision they asked for', () => {
  let t: TestApp;
  let w: PilotWorld;

  const bell = async (who: string) => await w.ok<Bell>(who, LIST);
  const about = (b: Bell, kind: string, key: string, id: string) => b.notifications.edges.map((e) => e.node).filter((n) => n.kind === kind && n.data[key] === id);

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.setNow(at('2026-02-27', '09:00'));
    w = await new PilotWorld(t).init(['bui.quoc.bao', 'tran.thi.mai.anh']);
    await w.setUp();
  });
  afterAll(() => t.close());

  it('approving or refusing an enrollment request marks the head’s “waiting” notices handled and read; the count goes down', async () => {
    const first = await w.request('official', [2]);
    const second = await w.request('bui.quoc.bao', [3]);
    const before = await bell('head');
    expect(about(before, 'ENROLLMENT_REQUESTED', 'enrollmentId', first)).toEqual([expect.objectContaining({ readAt: null, handledAt: null })]);
    expect(about(before, 'ENROLLMENT_REQUESTED', 'enrollmentId', second)).toHaveLength(1);

    await w.approve(first);
    const afterApproval = await bell('head');
    expect(about(afterApproval, 'ENROLLMENT_REQUESTED', 'enrollmentId', first)).toEqual([expect.objectContaining({ readAt: expect.any(String), handledAt: expect.any(String) })]);
    // The other request still waits.
    expect(about(afterApproval, 'ENROLLMENT_REQUESTED', 'enrollmentId', second)).toEqual([expect.objectContaining({ handledAt: null, readAt: null })]);
    expect(afterApproval.unreadNotificationCount).toBe(before.unreadNotificationCount - 1);

    await w.ok('head', P.decide, { input: { id: second, approve: false, reason: 'Tuần này phòng cần đủ người trực' } });
    const afterRefusal = await bell('head');
    expect(about(afterRefusal, 'ENROLLMENT_REQUESTED', 'enrollmentId', second)[0].handledAt).toEqual(expect.any(String));
    expect(afterRefusal.unreadNotificationCount).toBe(before.unreadNotificationCount - 2);
    // The official's own notice of the decision is new and unread: settling touches only the request.
    const official = await bell('official');
    expect(official.notifications.edges.map((e) => e.node).find((n) => n.kind === 'ENROLLMENT_APPROVED')).toMatchObject({ readAt: null, handledAt: null });
  });

  it('a request withdrawn by the official waits for nobody any more', async () => {
    const id = await w.request('tran.thi.mai.anh', [4]);
    expect(about(await bell('head'), 'ENROLLMENT_REQUESTED', 'enrollmentId', id)[0].handledAt).toBeNull();
    await w.ok('tran.thi.mai.anh', `mutation($input: WithdrawEnrollmentInput!) { withdrawEnrollment(input: $input) { id } }`, { input: { id } });
    expect(about(await bell('head'), 'ENROLLMENT_REQUESTED', 'enrollmentId', id)[0].handledAt).toEqual(expect.any(String));
  });

  it('reviewing a deliverable settles the “to review” notice; before that the head sees the percentages acceptance would give', async () => {
    t.clock.setNow(hcm('2026-03-02T09:00:00'));
    const created = ok(
      await t.gql<{ createAssignment: Array<{ id: string }> }>(
        Q.create,
        {
          input: { assigneeIds: [w.idOf['official']], title: 'Báo cáo tổng hợp biên chế quý I', quantity: 2, deadline: hcm('2026-03-06T17:00:00').toISOString() },
        },
        { token: w.token['head'] },
      ),
    ).createAssignment[0];
    ok(await t.gql(Q.start, { id: created.id }, { token: w.token['official'] }));

    // Before any review: nothing to preview, and the scores are all zero (the dashboard says "not yet assessed").
    const early = ok(await t.gql<{ assignment: { scoresIfAccepted: Scores | null } }>(PREVIEW, { id: created.id }, { token: w.token['head'] }));
    expect(early.assignment.scoresIfAccepted).toBeNull();

    t.clock.setNow(hcm('2026-03-04T10:00:00'));
    const submitted = ok(
      await t.gql<{ submitDeliverable: { id: string } }>(
        Q.submit,
        { input: { assignmentId: created.id, fileIds: [], links: [], note: 'Kính gửi anh báo cáo.' } },
        { token: w.token['official'] },
      ),
    ).submitDeliverable;
    const waiting = await bell('head');
    expect(about(waiting, 'DELIVERABLE_SUBMITTED', 'deliverableId', submitted.id)).toEqual([expect.objectContaining({ handledAt: null, readAt: null })]);

    // The preview is libs/domain's calculation on the same inputs the API stores: on time, all accepted → 100/100/100; half → 50.
    const full = ok(await t.gql<{ assignment: { scoresIfAccepted: Scores } }>(PREVIEW, { id: created.id }, { token: w.token['head'] }));
    expect(full.assignment.scoresIfAccepted).toEqual({ quantity: 100, quality: 100, progress: 100 });
    const half = ok(await t.gql<{ assignment: { scoresIfAccepted: Scores } }>(PREVIEW, { id: created.id, q: 1 }, { token: w.token['head'] }));
    expect(half.assignment.scoresIfAccepted).toEqual({ quantity: 50, quality: 50, progress: 50 });
    expect(errorCode(await t.gql(PREVIEW, { id: created.id, q: -1 }, { token: w.token['head'] }))).toBe('BAD_USER_INPUT');

    const reviewed = ok(
      await t.gql<{ reviewDeliverable: { scores: Scores } }>(
        Q.review,
        { input: { deliverableId: submitted.id, decision: 'ACCEPTED', acceptedQuantity: 1 } },
        { token: w.token['head'] },
      ),
    );
    // What the head was shown is what the assignment got.
    expect({
      quantity: reviewed.reviewDeliverable.scores.quantity,
      quality: reviewed.reviewDeliverable.scores.quality,
      progress: reviewed.reviewDeliverable.scores.progress,
    }).toEqual(half.assignment.scoresIfAccepted);
    const after = await bell('head');
    expect(about(after, 'DELIVERABLE_SUBMITTED', 'deliverableId', submitted.id)[0]).toMatchObject({ handledAt: expect.any(String), readAt: expect.any(String) });
    expect(after.unreadNotificationCount).toBe(waiting.unreadNotificationCount - 1);
  });

  it('one click marks every notification read and answers 0', async () => {
    const before = await bell('official');
    const headBefore = (await bell('head')).unreadNotificationCount;
    expect(before.unreadNotificationCount).toBeGreaterThan(0);
    const res = await w.ok<{ markAllNotificationsRead: number }>('official', MARK_ALL);
    expect(res.markAllNotificationsRead).toBe(0);
    const after = await bell('official');
    expect(after.unreadNotificationCount).toBe(0);
    expect(after.notifications.edges.every((e) => e.node.readAt)).toBe(true);
    // Someone else's stay unread.
    expect((await bell('head')).unreadNotificationCount).toBe(headBefore);
    expect(errorCode(await t.gql(MARK_ALL))).toBe('UNAUTHENTICATED');
  });
});
