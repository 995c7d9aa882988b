import { Injectable } from '@nestjs/common';
import { Grade, ManagedUnit, scoreAssignmentNumbers, unitTargetsFromAssignments } from '@ketqua/domain';
import { EntityManager } from 'typeorm';
import { RuleSetSource } from '../criteria/rule-set-source';
import { buildRecord, buildRecordNumbers, EvaluationRecord, EvaluationRecordNumbers, RecordFact, RecordInputs, toRecordFact } from '../shared/evaluation-record';
import { EvaluationFactEntity } from './evaluation-fact.entity';
import { EvaluationEntity } from './evaluation.entity';

/** An evaluation_fact row as the facts query returns it (numeric columns as text). */
type FactRow = Parameters<typeof toRecordFact>[0] & { evaluationId: string };

/** Leaders above leaders: deep enough for any unit tree, and a stop against a cycle in bad data. */
const MAX_DEPTH = 8;

/**
 * Loads what buildRecord needs for a set of evaluations, in batches (facts of all of them in one
 * query), and calls buildRecord once per evaluation. A công chức leader's unit component comes from
 * the records of the evaluations they make in the same period (the level below); a viên chức
 * manager's unit targets from the facts of the unit's evaluations in the period.
 */
@Injectable()
export class EvaluationRecords {
  constructor(private readonly ruleSets: RuleSetSource) {}

  async recordOf(tx: EntityManager, e: EvaluationEntity, changes: Partial<EvaluationEntity> = {}): Promise<EvaluationRecord> {
    const records = await this.recordsOf(tx, [{ ...e, ...changes } as EvaluationEntity]);
    return records.get(e.id) as EvaluationRecord;
  }

  /** The full records (with the receipt), by buildRecord. */
  recordsOf(tx: EntityManager, evaluations: readonly EvaluationEntity[]): Promise<Map<string, EvaluationRecord>> {
    return this.compute(tx, evaluations, buildRecord);
  }

  /**
   * The records' numbers without the receipt, by buildRecordNumbers (the same numbers, no
   * explanation built): for readers that show no receipt, such as the period board.
   */
  numbersOf(tx: EntityManager, evaluations: readonly EvaluationEntity[]): Promise<Map<string, EvaluationRecordNumbers>> {
    return this.compute(tx, evaluations, buildRecordNumbers);
  }

  private async compute<R extends EvaluationRecordNumbers>(
    tx: EntityManager,
    evaluations: readonly EvaluationEntity[],
    builder: (input: RecordInputs) => R,
    depth = 0,
  ): Promise<Map<string, R>> {
    const out = new Map<string, R>();
    if (evaluations.length === 0) return out;
    const ids = evaluations.map((e) => e.id);
    // Plain rows of the columns buildRecord reads (no entity hydration: the board reads ~1,500 facts
    // per request), in the receipt's order.
    const facts: FactRow[] = await tx.query(
      `SELECT evaluation_id AS "evaluationId", assignment_id AS "assignmentId", title, source_document AS "sourceDocument", status,
              to_char(deadline_date, 'YYYY-MM-DD') AS "deadlineDate", expected_units AS "expectedUnits", delivered_units AS "deliveredUnits",
              major_error_returns AS "majorErrorReturns", missed_deadlines AS "missedDeadlines"
         FROM evaluation_fact f WHERE f.evaluation_id = ANY($1::uuid[]) ORDER BY f.deadline_date, f.assignment_id`,
      [ids],
    );
    const factsOf = new Map<string, RecordFact[]>();
    for (const f of facts) {
      const fact = toRecordFact(f);
      const list = factsOf.get(f.evaluationId);
      if (list) list.push(fact);
      else factsOf.set(f.evaluationId, [fact]);
    }

    const build = async (e: EvaluationEntity) => {
      const ruleSet = await this.ruleSets.get(e.ruleSetVersion, tx);
      out.set(
        e.id,
        builder({
          regime: e.regime,
          isLeader: e.isLeader,
          ruleSet,
          facts: factsOf.get(e.id) ?? [],
          generalScores: e.generalScores,
          overrides: e.overrides,
          scheduledWorkingDays: e.scheduledWorkingDays,
          workedDays: e.workedDays,
          subordinateGrades: e.isLeader ? (subordinateGrades.get(`${e.periodId}:${e.officialId}`) ?? []) : null,
          managedUnit: managedUnits.get(e.id) ?? null,
          decidedGrade: e.decidedGrade,
          gradeChangeReason: e.gradeChangeReason,
        }),
      );
    };
    const subordinateGrades = new Map<string, Grade[]>();
    const managedUnits = new Map<string, ManagedUnit | null>();
    // Those who lead nobody depend on nothing else: first, so leaders below can reuse them.
    for (const e of evaluations) if (!e.isLeader) await build(e);

    // Công chức leaders: the grades of the evaluations they make in the period.
    const leaders = evaluations.filter((e) => e.isLeader && e.regime === 'CONG_CHUC');
    if (leaders.length && depth < MAX_DEPTH) {
      const subs = await tx
        .getRepository(EvaluationEntity)
        .createQueryBuilder('s')
        .where(
          '(s.periodId, s.evaluatorId) IN (' + leaders.map((_, i) => `(:p${i}, :o${i})`).join(', ') + ')',
          Object.fromEntries(
            leaders.flatMap((l, i) => [
              [`p${i}`, l.periodId],
              [`o${i}`, l.officialId],
            ]),
          ),
        )
        .andWhere("s.regime = 'CONG_CHUC'")
        .getMany();
      // Subordinates in this batch who lead nobody are already computed (the period board asks for
      // a head and their unit at once): only the others are computed again.
      // Only their grades are read: numbers only.
      const subRecords = await this.compute(
        tx,
        subs.filter((s) => !out.has(s.id)),
        buildRecordNumbers,
        depth + 1,
      );
      for (const s of subs) {
        const grade = (out.get(s.id) ?? subRecords.get(s.id))?.grade;
        if (!grade) continue; // not scored yet: not counted
        const key = `${s.periodId}:${s.evaluatorId}`;
        subordinateGrades.set(key, [...(subordinateGrades.get(key) ?? []), grade]);
      }
    }

    // Viên chức managers: the unit's assignments in the period as its targets.
    const managers = evaluations.filter((e) => e.isLeader && e.regime === 'VIEN_CHUC');
    for (const m of managers) {
      const unitFacts = await tx
        .getRepository(EvaluationFactEntity)
        .createQueryBuilder('f')
        .innerJoin(EvaluationEntity, 'e', 'e.id = f.evaluationId')
        .where('e.periodId = :periodId AND e.unitId = :unitId', { periodId: m.periodId, unitId: m.unitId })
        .getMany();
      const ruleSet = await this.ruleSets.get(m.ruleSetVersion, tx);
      const scored = unitFacts.map((f) => ({ ...scoreAssignmentNumbers(toRecordFact(f) as never, ruleSet), expectedUnits: f.expectedUnits, deliveredUnits: f.deliveredUnits }));
      const targets = unitTargetsFromAssignments(scored);
      managedUnits.set(m.id, targets ? { targets } : null);
    }

    for (const e of evaluations) if (e.isLeader) await build(e);
    return out;
  }
}
