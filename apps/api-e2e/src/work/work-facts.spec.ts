import { AssignmentFact, AssignmentFactsSource } from '@ketqua/api/core';
import { createTestApp, TestApp } from '@ketqua/api/testing';
import { convertedUnits, DeductionEvent, toLocalDate } from '@ketqua/domain';
import { AssignmentView, hcm, ok, signIn } from './work-fixtures';

type PageAssignment = AssignmentView & {
  acceptedQuantity: number | null;
  deadlines: Array<{ deadline: string; missed: boolean; objectiveCause: { cause: string; confirmedBy: string } | null }>;
  deliverables: Array<{ versionNo: number; review: { decision: string; majorError: boolean; objectiveCause: { cause: string; confirmedBy: string } | null } | null }>;
};

const PAGE = `query($id: ID!) { assignment(id: $id) { id title status sourceDocument deadline weight quantity coefficient acceptedQuantity acceptedAt ruleSetVersion unit { id }
  deadlines { deadline missed objectiveCause { cause confirmedBy } }
  deliverables { versionNo review { decision majorError objectiveCause { cause confirmedBy } } } } }`;

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The evaluation facts (AssignmentFactsSource, read set-based from plain rows for the 25,000-official
 * opening) equal what the assignment pages derive (deriveAssignment through GraphQL) for the same
 * assignments at the same moment: which assignments count in the period (local deadline inside it,
 * the edges at midnight in Asia/Ho_Chi_Minh, cancelled ones out), the units, each missed deadline
 * (extensions, weekends, submissions before and after) and each major-error return, with waivers.
 */
describe('assignment facts for evaluation periods equal the assignment pages', () => {
  let t: TestApp;
  let token: Record<string, string>;
  let idOf: Record<string, string>;
  const ids: string[] = [];
  const period = { from: '2026-03-01', to: '2026-03-31' };

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.setNow(hcm('2026-04-06T09:00:00'));
    ({ token, idOf } = await signIn(t));
    const [{ unit_id: unitId }] = await t.dataSource.query(`SELECT unit_id FROM app_user WHERE id = $1`, [idOf['official']]);
    const rnd = random(11);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
    const edges = ['2026-02-28T23:59:59', '2026-03-01T00:00:00', '2026-03-31T23:59:59', '2026-04-01T00:00:00', '2026-03-07T17:00:00', '2026-03-08T10:00:00'];
    for (let i = 0; i < 120; i++) {
      const first = i < edges.length ? hcm(edges[i]) : new Date(hcm('2026-02-20T08:00:00').getTime() + Math.floor(rnd() * 50 * 24) * 3_600_000 + Math.floor(rnd() * 60) * 60_000);
      const createdAt = new Date(first.getTime() - 10 * 86_400_000);
      // The period's edges keep their first deadline and are not cancelled.
      const edge = i < edges.length;
      const extensions = edge ? 0 : pick([0, 0, 0, 1, 2]);
      const deadlines = [{ deadline: first, setAt: createdAt }];
      for (let k = 0; k < extensions; k++) {
        const previous = deadlines[deadlines.length - 1];
        deadlines.push({
          deadline: new Date(previous.deadline.getTime() + (1 + Math.floor(rnd() * 6)) * 86_400_000),
          setAt: new Date(previous.deadline.getTime() - (rnd() < 0.5 ? 1 : -1) * 3_600_000),
        });
      }
      const status = pick(['ASSIGNED', 'IN_PROGRESS', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'ACCEPTED', ...(edge ? [] : ['CANCELLED'])]);
      const submissions = status === 'ASSIGNED' || status === 'IN_PROGRESS' ? 0 : status === 'CANCELLED' ? pick([0, 1]) : 1 + Math.floor(rnd() * 3);
      const last = deadlines[deadlines.length - 1].deadline;
      const quantity = pick([1, 2, 3.5]);
      const acceptedQuantity = status === 'ACCEPTED' ? pick([null, quantity, 1]) : null;
      const firstSubmittedAt = new Date(last.getTime() + (rnd() - 0.5) * 6 * 86_400_000);
      const closedAt = status === 'ACCEPTED' || status === 'CANCELLED' ? new Date(firstSubmittedAt.getTime() + (submissions + 1) * 86_400_000) : null;
      const [{ id }] = await t.dataSource.query(
        `INSERT INTO assignment (assignee_id, unit_id, assigned_by_id, title, unit_of_measure, coefficient, quantity, accepted_quantity, deadline, source_document,
                                 status, accepted_at, cancelled_at, rule_set_version, version, created_at)
         VALUES ($1, $2, $3, $4, 'báo cáo', $5, $6, $7, $8, $9, $10, $11, $12, 'v1', 1, $13) RETURNING id`,
        [
          idOf['official'],
          unitId,
          idOf['head'],
          `Nhiệm vụ sinh ${i}`,
          pick([1, 1.5, 2.25]),
          quantity,
          acceptedQuantity,
          last,
          rnd() < 0.5 ? `${i}/QĐ-UBND` : null,
          status,
          status === 'ACCEPTED' ? closedAt : null,
          status === 'CANCELLED' ? closedAt : null,
          createdAt,
        ],
      );
      ids.push(id);
      for (const d of deadlines) {
        const waived = rnd() < 0.3;
        await t.dataSource.query(
          `INSERT INTO assignment_deadline (assignment_id, deadline, set_by_id, set_at, waiver_cause, waiver_confirmed_by) VALUES ($1, $2, $3, $4, $5, $6)`,
          [id, d.deadline, idOf['head'], d.setAt, waived ? 'Mất điện diện rộng' : null, waived && rnd() < 0.8 ? 'CV 12/UBND' : null],
        );
      }
      for (let v = 1; v <= submissions; v++) {
        const finalVersion = v === submissions;
        const decision = finalVersion ? (status === 'ACCEPTED' ? 'ACCEPTED' : status === 'RETURNED' ? 'RETURNED' : null) : 'RETURNED';
        const majorError = decision === 'RETURNED' && rnd() < 0.6;
        const waived = majorError && rnd() < 0.4;
        const submittedAt = new Date(firstSubmittedAt.getTime() + (v - 1) * 86_400_000);
        await t.dataSource.query(
          `INSERT INTO deliverable (assignment_id, version_no, submitted_by_id, submitted_at, on_time, decision, major_error, review_comment, reviewer_id, reviewed_at,
                                    waiver_cause, waiver_confirmed_by)
           VALUES ($1, $2, $3, $4, true, $5, $6, $7, $8, $9, $10, $11)`,
          [
            id,
            v,
            idOf['official'],
            submittedAt,
            decision,
            majorError,
            decision === 'RETURNED' ? 'Sai số liệu' : null,
            decision ? idOf['head'] : null,
            decision ? new Date(submittedAt.getTime() + 3_600_000) : null,
            waived ? 'Số liệu nguồn sai' : null,
            waived ? 'CV 7/STC' : null,
          ],
        );
      }
    }
  });
  afterAll(() => t.close());

  /** The fact the assignment page implies (deriveAssignment's deadlines and reviews, the pages' units). */
  const fromPage = (a: PageAssignment, officialId: string): AssignmentFact => ({
    assignmentId: a.id,
    officialId,
    unitId: (a as unknown as { unit: { id: string } }).unit.id,
    title: a.title,
    sourceDocument: a.sourceDocument,
    status: a.status,
    deadlineDate: toLocalDate(new Date(a.deadline)),
    expectedUnits: a.weight,
    deliveredUnits: a.status === 'ACCEPTED' ? convertedUnits(a.coefficient, a.acceptedQuantity ?? a.quantity) : 0,
    acceptedAt: (a as unknown as { acceptedAt: string | null }).acceptedAt ? new Date((a as unknown as { acceptedAt: string }).acceptedAt) : null,
    majorErrorReturns: a.deliverables
      .filter((d) => d.review?.decision === 'RETURNED' && d.review.majorError)
      .sort((x, y) => x.versionNo - y.versionNo)
      .map((d) => ({ reference: `v${d.versionNo}`, waiver: (d.review as { objectiveCause?: DeductionEvent['waiver'] } | null)?.objectiveCause ?? null })),
    missedDeadlines: a.deadlines.filter((d) => d.missed).map((d) => ({ reference: d.deadline, waiver: d.objectiveCause as DeductionEvent['waiver'] })),
    ruleSetVersion: (a as unknown as { ruleSetVersion: string }).ruleSetVersion,
  });

  it('every generated assignment counted in March 2026 has the fact its page shows, in official, deadline, id order', async () => {
    const facts = await t.app.get(AssignmentFactsSource).factsFor([idOf['official']], period);
    const pages: PageAssignment[] = [];
    for (const id of ids) pages.push(ok(await t.gql<{ assignment: PageAssignment }>(PAGE, { id }, { token: token['head'] })).assignment);
    const counted = pages
      .filter((a) => a.status !== 'CANCELLED' && toLocalDate(new Date(a.deadline)) >= period.from && toLocalDate(new Date(a.deadline)) <= period.to)
      .sort((x, y) => x.deadline.localeCompare(y.deadline) || (x.id < y.id ? -1 : 1));
    // The demo's own assignments of the official in March count too: compare only the generated ones.
    const generated = new Set(ids);
    const ours = facts.filter((f) => generated.has(f.assignmentId));
    expect(ours.map((f) => f.assignmentId)).toEqual(counted.map((a) => a.id));
    expect(ours).toEqual(counted.map((a) => fromPage(a, idOf['official'])));
    // The generated data exercises what it is meant to: the period's edges, extensions, misses, returns and waivers.
    expect(ours.some((f) => f.deadlineDate === '2026-03-01')).toBe(true);
    expect(ours.some((f) => f.deadlineDate === '2026-03-31')).toBe(true);
    expect(ours.some((f) => f.deadlineDate === '2026-02-28' || f.deadlineDate === '2026-04-01')).toBe(false);
    expect(ours.filter((f) => f.missedDeadlines.length > 1).length).toBeGreaterThan(0);
    expect(ours.filter((f) => f.missedDeadlines.some((e) => e.waiver)).length).toBeGreaterThan(0);
    expect(ours.filter((f) => f.majorErrorReturns.some((e) => e.waiver)).length).toBeGreaterThan(0);
    expect(ours.filter((f) => f.majorErrorReturns.some((e) => !e.waiver)).length).toBeGreaterThan(0);
    expect(ours.filter((f) => f.deliveredUnits > 0 && f.deliveredUnits !== f.expectedUnits).length).toBeGreaterThan(0);
  });

  it('an official with nothing in the period, or no officials at all, has no facts', async () => {
    expect(await t.app.get(AssignmentFactsSource).factsFor([idOf['official']], { from: '2030-01-01', to: '2030-01-31' })).toEqual([]);
    expect(await t.app.get(AssignmentFactsSource).factsFor([], period)).toEqual([]);
  });
});
