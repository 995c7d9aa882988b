import { Injectable } from '@nestjs/common';
import { Grade, RuleSet } from '@ketqua/domain';
import { EntityManager } from 'typeorm';
import { RuleSetSource } from '../criteria/rule-set-source';
import { EvaluationFactEntity } from '../evaluation/evaluation-fact.entity';
import { EvaluationEntity } from '../evaluation/evaluation.entity';
import { buildRecord, EvaluationRecord, RecordFact } from '../shared/evaluation-record';

/** An evaluation with its record as buildRecord gives it on the frozen facts. */
export interface GradedEvaluation {
  evaluation: EvaluationEntity;
  facts: EvaluationFactEntity[];
  record: EvaluationRecord;
  /** The decided grade when there is one, else the computed one (null while not scored). */
  grade: Grade | null;
  /** The shown score (công chức, once scored), else null. */
  score: number | null;
}

export const toRecordFact = (f: EvaluationFactEntity): RecordFact => ({
  assignmentId: f.assignmentId,
  title: f.title,
  sourceDocument: f.sourceDocument,
  status: f.status,
  deadlineDate: f.deadlineDate,
  expectedUnits: f.expectedUnits,
  deliveredUnits: f.deliveredUnits,
  majorErrorReturns: f.majorErrorReturns,
  missedDeadlines: f.missedDeadlines,
});

/**
 * The quota, calibration and parity views read grades through here: buildRecord on each
 * evaluation's frozen facts with the rule set of its recorded version (RuleSetSource.get), the
 * decided grade winning over the computed one. Leaders get the grades of the non-leaders they
 * evaluate in the same set as their subordinates' grades.
 */
@Injectable()
export class EvaluationGrades {
  constructor(private readonly ruleSets: RuleSetSource) {}

  async grade(tx: EntityManager, evaluations: readonly EvaluationEntity[]): Promise<GradedEvaluation[]> {
    if (evaluations.length === 0) return [];
    const facts = await tx
      .getRepository(EvaluationFactEntity)
      .createQueryBuilder('f')
      .where('f.evaluationId = ANY(:ids)', { ids: evaluations.map((e) => e.id) })
      .orderBy('f.evaluationId')
      .addOrderBy('f.deadlineDate')
      .addOrderBy('f.assignmentId')
      .getMany();
    const factsOf = new Map<string, EvaluationFactEntity[]>();
    for (const f of facts) factsOf.set(f.evaluationId, [...(factsOf.get(f.evaluationId) ?? []), f]);
    const ruleSets = new Map<string, RuleSet>();
    for (const version of new Set(evaluations.map((e) => e.ruleSetVersion))) ruleSets.set(version, await this.ruleSets.get(version, tx));

    const graded = new Map<string, GradedEvaluation>();
    const build = (e: EvaluationEntity, subordinateGrades: Grade[] | null) => {
      const own = factsOf.get(e.id) ?? [];
      const record = buildRecord({
        regime: e.regime,
        isLeader: e.isLeader,
        ruleSet: ruleSets.get(e.ruleSetVersion) as RuleSet,
        facts: own.map(toRecordFact),
        generalScores: e.generalScores,
        overrides: e.overrides,
        scheduledWorkingDays: e.scheduledWorkingDays,
        workedDays: e.workedDays,
        subordinateGrades,
        decidedGrade: e.decidedGrade,
        gradeChangeReason: e.gradeChangeReason,
      });
      graded.set(e.id, { evaluation: e, facts: own, record, grade: record.grade, score: record.score });
    };
    for (const e of evaluations) if (!e.isLeader) build(e, null);
    for (const e of evaluations) {
      if (!e.isLeader) continue;
      const subordinates = evaluations
        .filter((s) => !s.isLeader && s.evaluatorId === e.officialId && s.regime === 'CONG_CHUC')
        .map((s) => graded.get(s.id)?.grade)
        .filter((g): g is Grade => g !== null && g !== undefined && g !== 'NOT_CLASSIFIED');
      build(e, subordinates);
    }
    return evaluations.map((e) => graded.get(e.id) as GradedEvaluation);
  }
}
