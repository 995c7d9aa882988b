import { RuleSetSource } from '@ketqua/api/evaluation';
import { createTestApp, TestApp } from '@ketqua/api/testing';
import { computePeriodScore, RuleSet } from '@ketqua/domain';
import { CQ, CRITERIA_30, hcm, ok, PublishedView, refused, signInAll, TemplateView } from './criteria-fixtures';

type One = { createCriteriaTemplate: TemplateView };

/**
 * Criteria templates over HTTP: who reads the public criteria and who manages them, drafts edited
 * partially with optimistic versions, published versions immutable, sums refused, and the rule set
 * an evaluation gets by date, regime and position — and gets back by its recorded version.
 */
describe('criteria templates', () => {
  let t: TestApp;
  let token: Record<string, string>;
  let positionA: string;
  let positionB: string;
  let agencyId: string;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.setNow(hcm('2026-03-02T09:00:00'));
    token = await signInAll(t);
    const positions = await t.dataSource.query(`SELECT p.id FROM position p ORDER BY p.code LIMIT 2`);
    [positionA, positionB] = positions.map((p: { id: string }) => p.id);
    agencyId = (await t.dataSource.query(`SELECT id FROM agency WHERE code = 'SNV'`))[0].id;
  });
  afterAll(() => t.close());

  const create = (who: string, input: Record<string, unknown>) =>
    t.gql<One>(CQ.create, { input: { code: 'CC-CHUNG', name: 'Bộ tiêu chí công chức', regime: 'CONG_CHUC', effectiveFrom: '2026-04-01', ...input } }, { token: token[who] });
  const update = (who: string, input: Record<string, unknown>) => t.gql<{ updateCriteriaTemplate: TemplateView }>(CQ.update, { input }, { token: token[who] });
  const publish = (who: string, id: string, version: number) => t.gql<{ publishCriteriaTemplate: TemplateView }>(CQ.publish, { input: { id, version } }, { token: token[who] });
  const published = async (who: string, date?: string) => ok(await t.gql<{ publishedCriteria: PublishedView[] }>(CQ.published, { date }, { token: token[who] })).publishedCriteria;
  const rows = async () =>
    t.dataSource.query(`SELECT id, code, version_no, status, name, task_combination, general_criteria, version, updated_at FROM criteria_template ORDER BY created_at`);
  const audits = async (action: string) => Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = $1`, [action]))[0].n);

  describe('before any template is published', () => {
    it.each(['official', 'head', 'inspector', 'hr', 'admin'])('%s reads the public criteria: the shipped rule set for both regimes', async (who) => {
      const criteria = await published(who);
      expect(criteria.map((c) => [c.regime, c.ruleSetVersion, c.templateId, c.effectiveFrom])).toEqual([
        ['CONG_CHUC', 'v1', null, '2026-01-01'],
        ['VIEN_CHUC', 'v1', null, '2026-01-01'],
      ]);
      const cc = criteria[0];
      expect(cc.bands.map((b) => [b.minScore, b.nameVi])).toEqual([
        [90, 'Hoàn thành xuất sắc nhiệm vụ'],
        [70, 'Hoàn thành tốt nhiệm vụ'],
        [50, 'Hoàn thành nhiệm vụ'],
      ]);
      expect(cc.deductions).toEqual({ perMajorContentError: 25, perMissedDeadline: 25 });
      expect(cc.leader).toEqual({ unitResultsWeightPercent: 50, allSubordinatesCompletePercent: 100, anySubordinateIncompletePercent: 50 });
      expect(cc.rules.find((r) => r.key === 'TASK_RESULTS')?.vi).toContain('trung bình cộng của ba tỷ lệ số lượng, chất lượng, tiến độ');
      expect(cc.rules.find((r) => r.key === 'QUOTA')?.vi).toContain('20%');
      expect(criteria[1].quota.partyMemberShareApplies).toBe(true);
      expect(criteria[1].rules.map((r) => r.key)).toContain('VIEN_CHUC_PARTY_SHARE');
    });

    it('nothing is in force before the first rule set', async () => {
      expect(await published('official', '2025-06-01')).toEqual([]);
    });

    it('the template list is for HR, ADMIN and INSPECTOR only', async () => {
      expect(ok(await t.gql<{ criteriaTemplates: { totalCount: number } }>(CQ.list, {}, { token: token['inspector'] })).criteriaTemplates.totalCount).toBe(0);
      for (const who of ['official', 'head']) expect(refused(await t.gql(CQ.list, {}, { token: token[who] })).code).toBe('FORBIDDEN');
    });
  });

  describe('drafting', () => {
    let draft: TemplateView;

    it.each(['official', 'head', 'inspector'])('%s may not create a template (FORBIDDEN, nothing written)', async (who) => {
      expect(refused(await create(who, {})).code).toBe('FORBIDDEN');
      expect(await rows()).toEqual([]);
    });

    it('refuses maxima that do not sum to 30 (BAD_USER_INPUT on the field, nothing written)', async () => {
      const res = await create('hr', { generalCriteria: [...CRITERIA_30.slice(0, 3), { ...CRITERIA_30[3], maxPoints: 6.5 }] });
      expect(refused(res)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.generalCriteria'] });
      expect(await rows()).toEqual([]);
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['all weights 0', { taskCombination: { quantity: 0, quality: 0, progress: 0 } }, 'input.taskCombination'],
      ['a negative weight', { taskCombination: { quantity: -1, quality: 1, progress: 1 } }, 'input.taskCombination.quantity'],
      ['a leader weight of 150%', { leaderUnitWeightPercent: 150 }, 'input.leaderUnitWeightPercent'],
      ['a start date before any rule set', { effectiveFrom: '2025-01-01' }, 'input.effectiveFrom'],
    ])('refuses %s', async (_label, input, field) => {
      const answer = refused(await create('hr', input));
      expect(answer.code).toBe('BAD_USER_INPUT');
      expect(answer.fields).toContain(field);
      expect(await rows()).toEqual([]);
    });

    it('refuses a NUL byte in the name and an unknown position', async () => {
      expect(refused(await create('hr', { name: 'Bộ\u0000tiêu chí' })).code).toBe('BAD_USER_INPUT');
      expect(refused(await create('hr', { positionIds: ['00000000-0000-4000-8000-000000000000'] })).code).toBe('BAD_USER_INPUT');
      expect(await rows()).toEqual([]);
    });

    it('HR creates a draft: numbers not given come from the shipped rule set; audited', async () => {
      draft = ok(await create('hr', { taskCombination: { quantity: 2, quality: 1, progress: 1 } })).createCriteriaTemplate;
      expect(draft).toMatchObject({
        code: 'CC-CHUNG',
        versionNo: 1,
        status: 'DRAFT',
        regime: 'CONG_CHUC',
        positionIds: null,
        effectiveFrom: '2026-04-01',
        ruleSetVersion: null,
        leaderUnitWeightPercent: 50,
      });
      expect(draft.generalCriteria.map((c) => c.maxPoints)).toEqual([7.5, 7.5, 7.5, 7.5]);
      expect(await audits('criteria-template.create')).toBe(1);
    });

    it('one draft per code: a second is CONFLICT', async () => {
      expect(refused(await create('admin', {}))).toMatchObject({ code: 'CONFLICT', reason: 'TEMPLATE_DRAFT_EXISTS' });
      expect((await rows()).length).toBe(1);
    });

    it('a partial update changes only what is sent', async () => {
      const res = ok(await update('hr', { id: draft.id, version: draft.version, name: 'Công chức toàn thành phố' })).updateCriteriaTemplate;
      expect(res.name).toBe('Công chức toàn thành phố');
      expect(res.taskCombination).toEqual({ quantity: 2, quality: 1, progress: 1 });
      expect(res.generalCriteria).toEqual(draft.generalCriteria);
      expect(res.effectiveFrom).toBe('2026-04-01');
      expect(res.version).toBe(draft.version + 1);
      const next = ok(await update('hr', { id: draft.id, version: res.version, generalCriteria: CRITERIA_30, leaderUnitWeightPercent: 40 })).updateCriteriaTemplate;
      expect(next.name).toBe('Công chức toàn thành phố');
      expect(next.generalCriteria).toEqual(CRITERIA_30);
      draft = next;
      expect(await audits('criteria-template.update')).toBe(2);
    });

    it('a stale version is CONFLICT and changes nothing', async () => {
      const before = await rows();
      expect(refused(await update('hr', { id: draft.id, version: draft.version - 1, name: 'Cũ' }))).toMatchObject({ code: 'CONFLICT' });
      expect(await rows()).toEqual(before);
    });

    it('an update whose maxima no longer sum to 30 is refused and changes nothing', async () => {
      const before = await rows();
      const res = await update('hr', { id: draft.id, version: draft.version, generalCriteria: CRITERIA_30.slice(0, 3) });
      expect(refused(res)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.generalCriteria'] });
      expect(await rows()).toEqual(before);
    });

    it('an explicit null for a required field is refused, not stored', async () => {
      expect(refused(await update('hr', { id: draft.id, version: draft.version, taskCombination: null })).code).toBe('BAD_USER_INPUT');
    });

    it.each(['official', 'head', 'inspector'])('%s may not edit or publish (FORBIDDEN)', async (who) => {
      expect(refused(await update(who, { id: draft.id, version: draft.version, name: 'X' })).code).toBe('FORBIDDEN');
      expect(refused(await publish(who, draft.id, draft.version)).code).toBe('FORBIDDEN');
    });

    it('an unknown template is NOT_FOUND', async () => {
      expect(refused(await publish('hr', '00000000-0000-4000-8000-000000000000', 1)).code).toBe('NOT_FOUND');
      expect(refused(await t.gql(CQ.get, { id: '00000000-0000-4000-8000-000000000000' }, { token: token['hr'] })).code).toBe('NOT_FOUND');
    });

    it('publishes: a stale version is CONFLICT; then immutable as rule set tpl-cc-chung-v1', async () => {
      expect(refused(await publish('hr', draft.id, draft.version + 5)).code).toBe('CONFLICT');
      const res = ok(await publish('hr', draft.id, draft.version)).publishCriteriaTemplate;
      expect(res).toMatchObject({ status: 'PUBLISHED', ruleSetVersion: 'tpl-cc-chung-v1', baseRuleSetVersion: 'v1' });
      expect(res.publishedAt).toBe(hcm('2026-03-02T09:00:00').toISOString());
      expect(await audits('criteria-template.publish')).toBe(1);
      draft = res;
    });

    it('any update of a published version is CONFLICT and changes nothing', async () => {
      const before = await rows();
      for (const change of [{ name: 'Sửa' }, { leaderUnitWeightPercent: 10 }, { effectiveFrom: '2026-05-01' }, {}]) {
        expect(refused(await update('hr', { id: draft.id, version: draft.version, ...change }))).toMatchObject({ code: 'CONFLICT', reason: 'TEMPLATE_PUBLISHED' });
      }
      expect(refused(await publish('hr', draft.id, draft.version))).toMatchObject({ code: 'CONFLICT', reason: 'TEMPLATE_PUBLISHED' });
      expect(await rows()).toEqual(before);
    });

    it('a draft starting in the past cannot be published (a template never applies backwards)', async () => {
      const vc = ok(await create('hr', { code: 'VC-CHUNG', regime: 'VIEN_CHUC', name: 'Viên chức', effectiveFrom: '2026-02-01' })).createCriteriaTemplate;
      const answer = refused(await publish('hr', vc.id, vc.version));
      expect(answer).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.effectiveFrom'] });
      expect((await t.dataSource.query(`SELECT status FROM criteria_template WHERE id = $1`, [vc.id]))[0].status).toBe('DRAFT');
    });

    it('the next version of a code keeps its regime', async () => {
      expect(refused(await create('hr', { regime: 'VIEN_CHUC' }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.regime'] });
    });
  });

  describe('which rule set an evaluation gets', () => {
    let source: RuleSetSource;
    let v1: RuleSet;

    beforeAll(async () => {
      source = t.app.get(RuleSetSource);
    });

    const inForce = (regime: 'CONG_CHUC' | 'VIEN_CHUC', date: string, positionId: string | null = null) => source.inForce(t.dataSource.manager, { regime, positionId, date });

    it('by date and regime: the shipped rules before the start date, the template from it; viên chức keep the shipped rules', async () => {
      const templateId = (await t.dataSource.query(`SELECT id FROM criteria_template WHERE rule_set_version = 'tpl-cc-chung-v1'`))[0].id;
      expect((await inForce('CONG_CHUC', '2026-03-31')).ruleSet.version).toBe('v1');
      const april = await inForce('CONG_CHUC', '2026-04-01', positionA);
      expect(april.ruleSet.version).toBe('tpl-cc-chung-v1');
      expect(april.templateId).toBe(templateId);
      expect(april.ruleSet.congChuc.taskCombination).toEqual({ quantity: 2, quality: 1, progress: 1 });
      expect(april.ruleSet.congChuc.leader.unitResultsWeightPercent).toBe(40);
      expect(april.ruleSet.congChuc.bands.map((b) => b.minScore)).toEqual([90, 70, 50]);
      expect(await inForce('VIEN_CHUC', '2026-04-01')).toMatchObject({ templateId: null });
      v1 = april.ruleSet;
    });

    it('a newer version applies from its own date; get(version) still returns the old one and a past evaluation recomputes equal', async () => {
      const input = {
        assignments: [{ assignmentId: 'a', convertedUnits: 3, quantity: 100, quality: 75, progress: 50 }],
        generalCriteria: CRITERIA_30.map((c) => ({ code: c.code, points: c.maxPoints - 1 })),
      };
      const before = computePeriodScore(input, v1);
      const next = ok(await create('hr', { effectiveFrom: '2026-07-01', taskCombination: { quantity: 1, quality: 1, progress: 2 } })).createCriteriaTemplate;
      expect(next).toMatchObject({ versionNo: 2, generalCriteria: CRITERIA_30, leaderUnitWeightPercent: 40 });
      ok(await publish('admin', next.id, next.version));
      expect((await inForce('CONG_CHUC', '2026-06-30')).ruleSet.version).toBe('tpl-cc-chung-v1');
      expect((await inForce('CONG_CHUC', '2026-07-01')).ruleSet.version).toBe('tpl-cc-chung-v2');
      // A fresh source (nothing cached) reads the stored version back from the database.
      const fresh = new RuleSetSource(t.dataSource);
      const again = await fresh.get('tpl-cc-chung-v1');
      expect(again).toEqual(v1);
      expect(computePeriodScore(input, again)).toEqual(before);
      expect(computePeriodScore(input, await fresh.get('tpl-cc-chung-v2')).score).not.toBe(before.score);
      expect((await fresh.get('v1')).version).toBe('v1');
      await expect(fresh.get('tpl-nope-v1')).rejects.toThrow(/unknown rule set version/);
    });

    it('a position-group template beats the every-position one for its positions only', async () => {
      const group = ok(await create('hr', { code: 'CC-MOTCUA', name: 'Công chức một cửa', positionIds: [positionA], effectiveFrom: '2026-05-01' })).createCriteriaTemplate;
      ok(await publish('hr', group.id, group.version));
      expect((await inForce('CONG_CHUC', '2026-05-15', positionA)).ruleSet.version).toBe('tpl-cc-motcua-v1');
      expect((await inForce('CONG_CHUC', '2026-05-15', positionB)).ruleSet.version).toBe('tpl-cc-chung-v1');
      expect((await inForce('CONG_CHUC', '2026-05-15', null)).ruleSet.version).toBe('tpl-cc-chung-v1');
      // The newer every-position version starts later, so from then on it is the latest in force.
      expect((await inForce('CONG_CHUC', '2026-07-15', positionA)).ruleSet.version).toBe('tpl-cc-chung-v2');
    });

    it('the public page shows the template in force with its version, start date and formula in words', async () => {
      const may = await published('official', '2026-05-15');
      expect(may.map((c) => [c.regime, c.templateCode, c.ruleSetVersion, c.effectiveFrom, c.positionIds])).toEqual([
        ['CONG_CHUC', 'CC-CHUNG', 'tpl-cc-chung-v1', '2026-04-01', null],
        ['CONG_CHUC', 'CC-MOTCUA', 'tpl-cc-motcua-v1', '2026-05-01', [positionA]],
        ['VIEN_CHUC', null, 'v1', '2026-01-01', null],
      ]);
      expect(may[0].rules.find((r) => r.key === 'TASK_RESULTS')?.vi).toContain('(2 × số lượng + 1 × chất lượng + 1 × tiến độ) ÷ 4');
      expect(may[0].rules.find((r) => r.key === 'GENERAL_CRITERIA')?.vi).toContain('Phẩm chất chính trị (tối đa 9 điểm)');
      expect(may[0].rules.find((r) => r.key === 'LEADER')?.vi).toContain('(60%) và kết quả của đơn vị (40%)');
      const today = await published('official');
      expect(today[0].ruleSetVersion).toBe('v1');
    });

    it('drafts are never in force', async () => {
      // VC-CHUNG is still a draft (its start date is in the past).
      expect((await inForce('VIEN_CHUC', '2026-12-31')).ruleSet.version).toBe('v1');
    });
  });

  describe('the viên chức Party-member share (Decree 48/2023)', () => {
    const set = (who: string, input: Record<string, unknown>) =>
      t.gql<{ setPartyMemberExcellentShare: { id: string; percent: number; version: number } }>(CQ.setShare, { input: { agencyId, year: 2026, ...input } }, { token: token[who] });

    it.each(['official', 'head', 'inspector'])('%s may not enter it (FORBIDDEN)', async (who) => {
      expect(refused(await set(who, { percent: 10 })).code).toBe('FORBIDDEN');
    });

    it.each<[string, Record<string, unknown>]>([
      ['above 100', { percent: 100.5 }],
      ['three decimals', { percent: 12.345 }],
      ['a year out of range', { year: 1990, percent: 10 }],
    ])('refuses %s', async (_label, input) => {
      expect(refused(await set('hr', input)).code).toBe('BAD_USER_INPUT');
    });

    it('refuses an unknown agency', async () => {
      expect(refused(await set('hr', { agencyId: '00000000-0000-4000-8000-000000000000', percent: 10 })).code).toBe('NOT_FOUND');
    });

    it('HR enters and changes it (stale version CONFLICT); audited; RuleSetSource hands it to the quota', async () => {
      const first = ok(await set('hr', { percent: 12.5 })).setPartyMemberExcellentShare;
      expect(refused(await set('hr', { percent: 15, version: first.version + 1 })).code).toBe('CONFLICT');
      const second = ok(await set('admin', { percent: 15, version: first.version })).setPartyMemberExcellentShare;
      expect(second).toMatchObject({ id: first.id, percent: 15 });
      expect(await audits('criteria-template.set-party-member-share')).toBe(2);
      const shares = ok(await t.gql<{ partyMemberExcellentShares: Array<{ percent: number }> }>(CQ.shares, { year: 2026 }, { token: token['inspector'] }));
      expect(shares.partyMemberExcellentShares.map((s) => s.percent)).toEqual([15]);
      const source = t.app.get(RuleSetSource);
      expect(await source.partyShares(t.dataSource.manager, 2026)).toEqual([{ agencyId, year: 2026, percent: 15 }]);
      expect(await source.partyShares(t.dataSource.manager, 2027)).toEqual([]);
      const withShares = await source.withPartyShares(t.dataSource.manager, await source.get('tpl-cc-chung-v1'), 2026);
      expect(withShares.version).toBe('tpl-cc-chung-v1');
      expect(withShares.quota.vienChucPartyMemberExcellent).toEqual([{ agencyId, year: 2026, percent: 15 }]);
    });
  });
});
