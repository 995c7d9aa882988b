import { Injectable } from '@nestjs/common';
import { Grade, ManagedUnit, scoreAssignment, unitTargetsFromAssignments } from '@ketqua/domain';
import { EntityManager, In } from 'typeorm';
import { RuleSetSource } from '../criteria/rule-set-source';
import { buildRecord, EvaluationRecord, toRecordFact } from '../shared/evaluation-record';
import { EvaluationFactEntity } from './evaluation-fact.entity';
import { EvaluationEntity } from './evaluation.entity';

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

  async recordsOf(tx: EntityManager, evaluations: readonly EvaluationEntity[], depth = 0): Promise<Map<string, EvaluationRecord>> {
    const out = new Map<string, EvaluationRecord>();
    if (evaluations.length === 0) return out;
    const ids = evaluations.map((e) => e.id);
    const facts = await tx.find(EvaluationFactEntity, { where: { evaluationId: In(ids) }, order: { deadlineDate: 'ASC', assignmentId: 'ASC' } });
    const factsOf = new Map<string, EvaluationFactEntity[]>();
    for (const f of facts) {
      const list = factsOf.get(f.evaluationId);
      if (list) list.push(f);
      else factsOf.set(f.evaluationId, [f]);
    }

    const build = async (e: EvaluationEntity) => {
      const ruleSet = await this.ruleSets.get(e.ruleSetVersion, tx);
      out.set(
        e.id,
        buildRecord({
          regime: e.regime,
          isLeader: e.isLeader,
          ruleSet,
          facts: (factsOf.get(e.id) ?? []).map(toRecordFact),
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
      const subRecords = await this.recordsOf(
        tx,
        subs.filter((s) => !out.has(s.id)),
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
      const scored = unitFacts.map((f) => ({ ...scoreAssignment(toRecordFact(f) as never, ruleSet), expectedUnits: f.expectedUnits, deliveredUnits: f.deliveredUnits }));
      const targets = unitTargetsFromAssignments(scored);
      managedUnits.set(m.id, targets ? { targets } : null);
    }

    for (const e of evaluations) if (e.isLeader) await build(e);
    return out;
  }
}
