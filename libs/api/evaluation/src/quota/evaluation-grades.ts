import { Injectable } from '@nestjs/common';
import { Grade } from '@ketqua/domain';
import { EntityManager } from 'typeorm';
import { EvaluationRecords } from '../evaluation/evaluation-records';
import { EvaluationEntity } from '../evaluation/evaluation.entity';
import { EvaluationRecord } from '../shared/evaluation-record';

/** An evaluation with its record as buildRecord gives it on the frozen facts. */
export interface GradedEvaluation {
  evaluation: EvaluationEntity;
  record: EvaluationRecord;
  /** The decided grade when there is one, else the computed one (null while not scored). */
  grade: Grade | null;
  /** The shown score (công chức, once scored), else null. */
  score: number | null;
}

/**
 * The quota, calibration and parity views read grades through here: the same records as the
 * evaluation pages (EvaluationRecords: buildRecord on the frozen facts with the recorded rule set,
 * leaders with their subordinates' grades), the decided grade winning over the computed one.
 */
@Injectable()
export class EvaluationGrades {
  constructor(private readonly records: EvaluationRecords) {}

  async grade(tx: EntityManager, evaluations: readonly EvaluationEntity[]): Promise<GradedEvaluation[]> {
    const records = await this.records.recordsOf(tx, evaluations);
    return evaluations.map((evaluation) => {
      const record = records.get(evaluation.id) as EvaluationRecord;
      return { evaluation, record, grade: record.grade, score: record.score };
    });
  }
}
