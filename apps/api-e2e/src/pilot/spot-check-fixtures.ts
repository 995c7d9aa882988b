import { SpotCheckScheduler, SweepReport } from '@ketqua/api/pilot';
import { TestApp } from '@ketqua/api/testing';
import { at, MONDAY, P, PilotWorld } from './pilot-fixtures';

/**
 * Who works from home on which weekday in Phòng Công chức viên chức (two of its seven a day, within
 * the 30% cap): Monday official + Mai Anh, Tuesday Bảo + Thảo, Wednesday official + Bảo, Thursday
 * Mai Anh + Huy, Friday Thảo + Huy.
 */
export const HOME_DAYS: Record<string, number[]> = {
  official: [1, 3],
  'tran.thi.mai.anh': [1, 4],
  'bui.quoc.bao': [2, 3],
  'dang.thi.phuong.thao': [2, 5],
  'ly.gia.huy': [4, 5],
};
export const PEOPLE = Object.keys(HOME_DAYS).filter((who) => who !== 'official');
/** The head of Phòng Cải cách hành chính: a unit head, but not of CCVC. */
export const OTHER_HEAD = 'pham.thi.bao.tran';

export { at, MONDAY, P };

export interface CheckRow {
  id: string;
  officialId: string;
  drawId: string | null;
  pickOrder: number;
  status: string;
  outcome: string | null;
  promptAt: Date;
  answerBy: Date;
  closesAt: Date;
  manual: boolean;
}

export interface DrawRow {
  id: string;
  seedHex: string;
  commitment: string;
  roster: string[];
  picks: Array<{ officialId: string; promptAt: string; answerBy: string; order: number }>;
  parameters: { coreHours: Array<{ start: string; end: string }>; sampleRateBasisPoints: number; answerWindowMinutes: number };
  revealedAt: Date | null;
}

/** What a test does in one day: answer a check at a time chosen from the check itself, or not at all. */
export type DayPlan = Partial<Record<string, (check: CheckRow) => Date | null>>;

/** The pilot world plus the spot-check side: the scheduler's sweep at a moved clock, the rows behind the API. */
export class SpotCheckWorld extends PilotWorld {
  readonly scheduler: SpotCheckScheduler;
  ccvc = '';

  constructor(t: TestApp) {
    super(t);
    this.scheduler = t.app.get(SpotCheckScheduler);
  }

  /** A pilot from MONDAY over CCVC, CCHC and the one-stop desk, with the enrollments of HOME_DAYS approved by the head. */
  async build(rules: Record<string, unknown> = {}): Promise<this> {
    this.t.clock.setNow(at('2026-02-26', '09:00'));
    await this.init([...PEOPLE, OTHER_HEAD]);
    this.ccvc = this.unitOf['CCVC'];
    await this.setUp(MONDAY, rules);
    for (const [who, weekdays] of Object.entries(HOME_DAYS)) await this.enrol(who, weekdays);
    return this;
  }

  nameOf(id: string): string {
    return Object.entries(this.idOf).find(([, v]) => v === id)?.[0] ?? id;
  }

  /** The officials at home on a weekday by the layout, as ids sorted like the draw sorts them (ASCII ids). */
  homeIds(weekday: number, except: string[] = []): string[] {
    return Object.entries(HOME_DAYS)
      .filter(([who, days]) => days.includes(weekday) && !except.includes(who))
      .map(([who]) => this.idOf[who])
      .sort();
  }

  sweepAt(instant: Date): Promise<SweepReport> {
    this.t.clock.setNow(instant);
    return this.scheduler.sweep();
  }

  async checksOn(date: string, unitId = this.ccvc): Promise<CheckRow[]> {
    return this.t.dataSource.query(
      `SELECT id, official_id AS "officialId", draw_id AS "drawId", pick_order AS "pickOrder", status, outcome, prompt_at AS "promptAt",
              answer_by AS "answerBy", closes_at AS "closesAt", manual
         FROM spot_check WHERE date = $1 AND unit_id = $2 AND NOT manual ORDER BY prompt_at, pick_order`,
      [date, unitId],
    );
  }

  async drawRow(date: string, unitId = this.ccvc): Promise<DrawRow | undefined> {
    const [row] = await this.t.dataSource.query(
      `SELECT id, seed_hex AS "seedHex", commitment, roster, picks, parameters, revealed_at AS "revealedAt" FROM spot_check_draw WHERE date = $1 AND unit_id = $2`,
      [date, unitId],
    );
    return row;
  }

  async answer(who: string, id: string, note = 'Đang soạn báo cáo tổng hợp hồ sơ công chức'): Promise<{ status: string; outcome: string | null }> {
    return (await this.ok<{ answerSpotCheck: { status: string; outcome: string | null } }>(who, P.answer, { input: { id, note } })).answerSpotCheck;
  }

  /** The check of one official on a date. */
  async checkOf(who: string, date: string): Promise<CheckRow> {
    const check = (await this.checksOn(date)).find((c) => c.officialId === this.idOf[who]);
    if (!check) throw new Error(`${who} has no check on ${date}`);
    return check;
  }

  /**
   * Lives one working day at the moved clock: the draw at 07:00, a sweep at each prompt time, the
   * answers of the plan at their times, and the sweep after core hours (MISSED, reveal).
   */
  async runDay(date: string, plan: DayPlan = {}, options: { beforeClose?: () => Promise<void> } = {}): Promise<CheckRow[]> {
    await this.sweepAt(at(date, '07:00'));
    const steps: Array<{ when: Date; rank: number; run: () => Promise<unknown> }> = [];
    for (const check of await this.checksOn(date)) {
      steps.push({ when: check.promptAt, rank: 0, run: () => this.scheduler.sweep() });
      const who = this.nameOf(check.officialId);
      const plannedAt = plan[who]?.(check);
      if (plannedAt) steps.push({ when: plannedAt, rank: 1, run: () => this.answer(who, check.id) });
    }
    steps.sort((a, b) => a.when.getTime() - b.when.getTime() || a.rank - b.rank);
    for (const step of steps) {
      this.t.clock.setNow(step.when);
      await step.run();
    }
    await options.beforeClose?.();
    await this.sweepAt(at(date, '17:01'));
    return this.checksOn(date);
  }
}
