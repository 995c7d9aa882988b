import { createTestApp, errorCode, LiveSubscription, openSubscription, TestApp } from '@ketqua/api/testing';
import { at, MONDAY, OTHER_HEAD, P, SpotCheckWorld } from './spot-check-fixtures';

type Prompt = { id: string; officialId: string; status: string; promptAt: string; answerBy: string; manual: boolean };
type CheckView = {
  id: string;
  status: string;
  outcome: string | null;
  officialId: string;
  outcomeBeforeExcuse: string | null;
  excuseReason: string | null;
  followUps: Array<{ note: string }>;
};
type FlagView = { id: string; month: string; missedCount: number; decision: string | null; enrollmentId: string; official: { email: string } };

const PROMPTED = `subscription { spotCheckPrompted { id officialId status promptAt answerBy manual } }`;
const NOTIFICATIONS = `{ notifications(first: 20) { edges { node { kind title { vi } subject { kind id } data } } } }`;
const plus = (instant: Date, ms: number) => new Date(instant.getTime() + ms);

/**
 * Prompts and answers (PRODUCT.md 4.6) with a moved clock: the prompt reaches the picked official
 * live and nobody else; ON_TIME inside the window, LATE after it until the end of core hours,
 * MISSED without an answer; EXCUSED only by the unit's head with a reason; three MISSED in a
 * month raise one flag that the head decides. The pilot samples 100%: everyone at home is checked.
 */
describe('spot-check prompts, answers and flags', () => {
  let t: TestApp;
  let w: SpotCheckWorld;

  beforeAll(async () => {
    t = await createTestApp();
    w = await new SpotCheckWorld(t).build({ sampleRatePercent: 100 });
  });
  afterAll(() => t.close());

  const checks = async (who: string, filter: Record<string, unknown> = {}) =>
    (await w.ok<{ spotChecks: { edges: Array<{ node: CheckView }> } }>(who, P.checks, { filter })).spotChecks.edges.map((e) => e.node);

  describe('the prompt, live', () => {
    const subs: Record<string, LiveSubscription<Prompt>> = {};
    afterAll(async () => {
      for (const sub of Object.values(subs)) await sub.close();
    });

    it('at each prompt time the picked official gets it over the subscription and as a notification, nobody else', async () => {
      for (const who of ['official', 'tran.thi.mai.anh', 'bui.quoc.bao', 'head', 'hr']) subs[who] = await openSubscription<Prompt>(t.url, await w.login(who), PROMPTED);
      await w.sweepAt(at(MONDAY, '07:00'));
      const monday = await w.checksOn(MONDAY);
      expect(monday.map((c) => w.nameOf(c.officialId)).sort()).toEqual(['official', 'tran.thi.mai.anh']);
      for (const check of monday) {
        const who = w.nameOf(check.officialId);
        // A minute before its time nothing goes out.
        await w.sweepAt(plus(check.promptAt, -60_000));
        expect(await subs[who].quietFor(300)).toEqual([]);
        await w.sweepAt(check.promptAt);
        const prompt = await subs[who].next();
        expect(prompt).toEqual({
          id: check.id,
          officialId: w.idOf[who],
          status: 'PROMPTED',
          promptAt: check.promptAt.toISOString(),
          answerBy: check.answerBy.toISOString(),
          manual: false,
        });
        const [notification] = (
          await w.ok<{ notifications: { edges: Array<{ node: { kind: string; title: { vi: string }; subject: { kind: string; id: string }; data: Record<string, unknown> } }> } }>(
            who,
            NOTIFICATIONS,
          )
        ).notifications.edges;
        expect(notification.node).toMatchObject({ kind: 'SPOT_CHECK_PROMPTED', subject: { kind: 'SPOT_CHECK', id: check.id }, data: { spotCheckId: check.id } });
        expect(notification.node.title.vi).toMatch(/^Kiểm tra ngẫu nhiên: hãy trả lời trước \d\d:\d\d$/);
      }
      expect(subs['official'].events).toHaveLength(1);
      expect(subs['tran.thi.mai.anh'].events).toHaveLength(1);
      for (const who of ['bui.quoc.bao', 'head', 'hr']) {
        expect([who, await subs[who].quietFor(200)]).toEqual([who, []]);
        expect([who, subs[who].events]).toEqual([who, []]);
      }
      const notified = await t.dataSource.query(`SELECT recipient_id FROM notification WHERE kind = 'SPOT_CHECK_PROMPTED' ORDER BY recipient_id`);
      expect(notified.map((n: { recipient_id: string }) => n.recipient_id)).toEqual([w.idOf['official'], w.idOf['tran.thi.mai.anh']].sort());
      // A second sweep at the same time prompts nobody twice.
      expect((await w.scheduler.sweep()).prompted).toBe(0);
    });

    it('an official cannot answer another’s check (FORBIDDEN); answering twice is a CONFLICT; both change nothing', async () => {
      const mine = await w.checkOf('official', MONDAY);
      const hers = await w.checkOf('tran.thi.mai.anh', MONDAY);
      // Both are prompted by now; the official answers after the window if hers came much later.
      const now = plus([mine, hers].reduce((a, b) => (a.promptAt > b.promptAt ? a : b)).promptAt, 60_000);
      t.clock.setNow(now);
      const stolen = await w.gql('official', P.answer, { input: { id: hers.id, note: 'Tôi trả lời hộ' } });
      expect(errorCode(stolen)).toBe('FORBIDDEN');
      expect(stolen.errors?.[0].extensions?.reason).toBe('NOT_YOUR_CHECK');
      expect(errorCode(await w.gql('head', P.answer, { input: { id: hers.id, note: 'Trưởng phòng trả lời hộ' } }))).toBe('FORBIDDEN');
      expect((await w.checkOf('tran.thi.mai.anh', MONDAY)).status).toBe('PROMPTED');

      expect(await w.answer('official', mine.id)).toMatchObject({ status: 'CLOSED', outcome: now <= mine.answerBy ? 'ON_TIME' : 'LATE' });
      const twice = await w.gql('official', P.answer, { input: { id: mine.id, note: 'Trả lời lần hai' } });
      expect(errorCode(twice)).toBe('CONFLICT');
      expect(twice.errors?.[0].extensions?.reason).toBe('ALREADY_ANSWERED');
      const [row] = await t.dataSource.query(`SELECT response_note FROM spot_check WHERE id = $1`, [mine.id]);
      expect(row.response_note).toBe('Đang soạn báo cáo tổng hợp hồ sơ công chức');
      expect(await w.auditOf('pilot.spot_check.answered')).toHaveLength(1);
      // Answered: the prompt no longer waits in the official's bell; hers, unanswered, still does.
      const pending = async (id: string) =>
        (await t.dataSource.query(`SELECT handled_at, read_at FROM notification WHERE kind = 'SPOT_CHECK_PROMPTED' AND data->>'spotCheckId' = $1`, [id]))[0];
      expect(await pending(mine.id)).toEqual({ handled_at: expect.any(Date), read_at: expect.any(Date) });
      expect(await pending(hers.id)).toEqual({ handled_at: null, read_at: null });
      await w.sweepAt(at(MONDAY, '17:01'));
    });
  });

  describe('outcomes at the edges, with a moved clock', () => {
    it('answered at the last instant of the window: ON_TIME; one millisecond later: LATE', async () => {
      // (A prompt at 16:45 has its window end at 17:00 with core hours: there is no later answer to give.)
      const lateIsPossible = (c: { answerBy: Date; closesAt: Date }) => c.answerBy < c.closesAt;
      const day = await w.runDay('2026-03-03', {
        'bui.quoc.bao': (c) => c.answerBy,
        'dang.thi.phuong.thao': (c) => (lateIsPossible(c) ? plus(c.answerBy, 1) : c.answerBy),
      });
      const thao = await w.checkOf('dang.thi.phuong.thao', '2026-03-03');
      expect(day.map((c) => [w.nameOf(c.officialId), c.outcome]).sort()).toEqual([
        ['bui.quoc.bao', 'ON_TIME'],
        ['dang.thi.phuong.thao', lateIsPossible(thao) ? 'LATE' : 'ON_TIME'],
      ]);
      const [row] = await t.dataSource.query(`SELECT responded_at FROM spot_check WHERE id = $1`, [thao.id]);
      expect(row.responded_at.getTime() - thao.answerBy.getTime()).toBe(lateIsPossible(thao) ? 1 : 0);
    });

    it('answered at 17:00 sharp: LATE; one millisecond after core hours the answer is refused, and at the sweep the check is MISSED', async () => {
      let refused: string | undefined;
      const day = await w.runDay(
        '2026-03-04',
        { official: (c) => c.closesAt },
        {
          beforeClose: async () => {
            const bao = await w.checkOf('bui.quoc.bao', '2026-03-04');
            expect(bao.closesAt).toEqual(at('2026-03-04', '17:00'));
            t.clock.setNow(plus(bao.closesAt, 1));
            const late = await w.gql('bui.quoc.bao', P.answer, { input: { id: bao.id, note: 'Xin lỗi, tôi trả lời muộn' } });
            refused = late.errors?.[0].extensions?.reason;
            expect(errorCode(late)).toBe('CONFLICT');
            expect((await w.checkOf('bui.quoc.bao', '2026-03-04')).status).toBe('PROMPTED');
          },
        },
      );
      expect(refused).toBe('CHECK_CLOSED');
      const mine = day.find((c) => c.officialId === w.idOf['official']);
      // LATE unless the official's window itself ended at 17:00 (a 16:45 prompt): then 17:00 is still on time.
      const expected = mine && mine.answerBy < mine.closesAt ? 'LATE' : 'ON_TIME';
      expect(day.map((c) => [w.nameOf(c.officialId), c.status, c.outcome]).sort()).toEqual([
        ['bui.quoc.bao', 'CLOSED', 'MISSED'],
        ['official', 'CLOSED', expected],
      ]);
      const history = (await w.ok<{ mySpotChecks: { edges: Array<{ node: { outcome: string } }> } }>('bui.quoc.bao', P.mine)).mySpotChecks.edges.map((e) => e.node.outcome);
      expect(history).toEqual(['MISSED', 'ON_TIME']);
    });

    it('a check cannot be answered before its prompt (its id is not even listed)', async () => {
      await w.sweepAt(at('2026-03-05', '07:00'));
      const huy = await w.checkOf('ly.gia.huy', '2026-03-05');
      t.clock.setNow(plus(huy.promptAt, -1));
      const early = await w.gql('ly.gia.huy', P.answer, { input: { id: huy.id, note: 'Trả lời trước giờ' } });
      expect(errorCode(early)).toBe('CONFLICT');
      expect((await checks('head', { from: '2026-03-05', to: '2026-03-05' })).filter((c) => c.id === huy.id)).toEqual([]);
      await w.runDay('2026-03-05', { 'ly.gia.huy': (c) => plus(c.promptAt, 5 * 60_000) });
      expect((await w.checksOn('2026-03-05')).map((c) => [w.nameOf(c.officialId), c.outcome]).sort()).toEqual([
        ['ly.gia.huy', 'ON_TIME'],
        ['tran.thi.mai.anh', 'MISSED'],
      ]);
    });
  });

  describe('the head’s review', () => {
    it('EXCUSED only by the unit’s head, with a reason; the replaced outcome is kept and the excuse audited', async () => {
      const missed = await w.checkOf('bui.quoc.bao', '2026-03-04');
      t.clock.setNow(at('2026-03-05', '09:00'));
      const reason = 'Mất kết nối mạng cả khu vực, đã báo trước qua điện thoại';
      expect(errorCode(await w.gql('bui.quoc.bao', P.excuse, { input: { id: missed.id, text: reason } }))).toBe('FORBIDDEN');
      expect(errorCode(await w.gql('official', P.excuse, { input: { id: missed.id, text: reason } }))).toBe('FORBIDDEN');
      expect(errorCode(await w.gql(OTHER_HEAD, P.excuse, { input: { id: missed.id, text: reason } }))).toBe('FORBIDDEN');
      const short = await w.gql('head', P.excuse, { input: { id: missed.id, text: 'ok' } });
      expect(errorCode(short)).toBe('BAD_USER_INPUT');
      expect(short.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'input.text' })]);
      expect((await w.checkOf('bui.quoc.bao', '2026-03-04')).outcome).toBe('MISSED');

      const excused = (await w.ok<{ excuseSpotCheck: CheckView }>('head', P.excuse, { input: { id: missed.id, text: reason } })).excuseSpotCheck;
      expect(excused).toMatchObject({ status: 'CLOSED', outcome: 'EXCUSED', outcomeBeforeExcuse: 'MISSED', excuseReason: reason });
      const [event] = await w.auditOf('pilot.spot_check.excused');
      expect(event).toMatchObject({ actor_id: w.idOf['head'], entity_id: missed.id, data: { from: 'MISSED', reason } });
      // Nothing to excuse in a check answered on time, nor twice.
      const onTime = await w.checkOf('bui.quoc.bao', '2026-03-03');
      expect(errorCode(await w.gql('head', P.excuse, { input: { id: onTime.id, text: reason } }))).toBe('CONFLICT');
      expect(errorCode(await w.gql('head', P.excuse, { input: { id: missed.id, text: reason } }))).toBe('CONFLICT');
    });

    it('the head adds follow-up notes; an official cannot', async () => {
      const late = await w.checkOf('dang.thi.phuong.thao', '2026-03-03');
      const note = 'Đã gọi điện trao đổi, chị Thảo đang họp trực tuyến với Sở';
      expect(errorCode(await w.gql('dang.thi.phuong.thao', P.followUp, { input: { id: late.id, text: note } }))).toBe('FORBIDDEN');
      expect(errorCode(await w.gql(OTHER_HEAD, P.followUp, { input: { id: late.id, text: note } }))).toBe('FORBIDDEN');
      await w.ok('head', P.followUp, { input: { id: late.id, text: note } });
      const seen = (await checks('inspector', { unitId: w.ccvc, from: '2026-03-03', to: '2026-03-03' })).find((c) => c.id === late.id);
      expect(seen).toMatchObject({ outcome: late.outcome, followUps: [{ note }] });
      expect(await w.auditOf('pilot.spot_check.follow_up')).toHaveLength(1);
    });

    it('three MISSED checks in a month raise one flag per enrollment; the head suspends one and keeps the other', async () => {
      const flags = async () => (await w.ok<{ spotCheckFlags: { edges: Array<{ node: FlagView }> } }>('head', P.flags, {})).spotCheckFlags.edges.map((e) => e.node);
      // April: the official (Mon, Wed) and Mai Anh (Mon, Thu) answer nothing.
      await w.runDay('2026-04-06');
      await w.runDay('2026-04-08');
      await w.runDay('2026-04-09');
      // Two misses each so far.
      expect(await flags()).toEqual([]);
      await w.runDay('2026-04-13');
      const raised = await flags();
      expect(raised.map((f) => [f.official.email, f.month, f.missedCount, f.decision]).sort()).toEqual([
        ['official@demo.ketqua.vn', '2026-04', 3, null],
        ['tran.thi.mai.anh@demo.ketqua.vn', '2026-04', 3, null],
      ]);
      // The head is told in the app, once per flag.
      const told = await t.dataSource.query(`SELECT recipient_id, title_vi FROM notification WHERE kind = 'SPOT_CHECK_FLAGGED' ORDER BY title_vi`);
      expect(told).toEqual([
        { recipient_id: w.idOf['head'], title_vi: 'Lê Thị Hồng Nhung không trả lời 3 lượt kiểm tra trong tháng 04/2026' },
        { recipient_id: w.idOf['head'], title_vi: 'Trần Thị Mai Anh không trả lời 3 lượt kiểm tra trong tháng 04/2026' },
      ]);
      // A fourth miss updates the count of the same flag; it raises no second one.
      await w.runDay('2026-04-15');
      const both = await flags();
      expect(both.map((f) => [f.official.email, f.missedCount]).sort()).toEqual([
        ['official@demo.ketqua.vn', 4],
        ['tran.thi.mai.anh@demo.ketqua.vn', 3],
      ]);
      expect(await w.auditOf('pilot.spot_check.flag_raised')).toHaveLength(2);
      expect(await t.dataSource.query(`SELECT 1 FROM notification WHERE kind = 'SPOT_CHECK_FLAGGED'`)).toHaveLength(2);
      // Bảo missed twice (08/04, 15/04): no flag. March's misses are another month.
      expect(both.some((f) => f.official.email.startsWith('bui.quoc.bao'))).toBe(false);

      const officialFlag = both.find((f) => f.official.email === 'official@demo.ketqua.vn') as FlagView;
      const hersFlag = both.find((f) => f.official.email !== 'official@demo.ketqua.vn') as FlagView;
      t.clock.setNow(at('2026-04-16', '08:00'));
      const decide = (who: string, id: string, decision: string) => w.gql(who, P.decideFlag, { input: { id, decision, reason: 'Đã làm việc trực tiếp với công chức' } });
      expect(errorCode(await decide('official', officialFlag.id, 'KEEP'))).toBe('FORBIDDEN');
      expect(errorCode(await decide(OTHER_HEAD, officialFlag.id, 'KEEP'))).toBe('FORBIDDEN');
      expect((await decide('head', officialFlag.id, 'SUSPEND')).data).toMatchObject({ decideSpotCheckFlag: { decision: 'SUSPEND' } });
      expect(errorCode(await decide('head', officialFlag.id, 'KEEP'))).toBe('CONFLICT');
      expect((await decide('head', hersFlag.id, 'KEEP')).data).toMatchObject({ decideSpotCheckFlag: { decision: 'KEEP' } });
      const [enrollment] = await t.dataSource.query(`SELECT status FROM enrollment WHERE id = $1`, [officialFlag.enrollmentId]);
      expect(enrollment.status).toBe('SUSPENDED');
      // Both decided: the head's flag notices are handled.
      expect(await t.dataSource.query(`SELECT 1 FROM notification WHERE kind = 'SPOT_CHECK_FLAGGED' AND handled_at IS NULL`)).toHaveLength(0);

      // Suspended: no longer at home, never drawn; kept: still drawn.
      await w.sweepAt(at('2026-04-20', '07:00'));
      expect((await w.drawRow('2026-04-20'))?.roster).toEqual([w.idOf['tran.thi.mai.anh']]);
      await w.sweepAt(at('2026-04-22', '07:00'));
      expect((await w.drawRow('2026-04-22'))?.roster).toEqual([w.idOf['bui.quoc.bao']]);
    });
  });
});
