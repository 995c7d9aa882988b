import { Injectable } from '@nestjs/common';
import { AuthUser, Clock, HomeWorkStatusSource, OfficialSummary, UserEntity } from '@ketqua/api/core';
import { calibrateScorers, checkWorkloadParity, toLocalDate } from '@ketqua/domain';
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';
import { RuleSetSource } from '../criteria/rule-set-source';
import { EvaluationEntity } from '../evaluation/evaluation.entity';
import { notFound } from '../evaluation.errors';
import { EvaluationPeriodEntity } from '../period/evaluation-period.entity';
import { EvaluationGrades } from '../quota/evaluation-grades';
import { EvaluationAccess } from '../shared/evaluation-access';
import { Calibration, GradeCounts, ScoreStats, ScorerCalibration, WorkloadParityEntry, WorkloadParityReport } from './models/calibration.models';

/**
 * Fairness views of a unit's period (PRODUCT.md 4.1, 4.4): the calibration of scorers and the
 * workload parity of home-working officials, both by libs/domain on the same records as the rest.
 */
@Injectable()
export class CalibrationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: EvaluationAccess,
    private readonly grades: EvaluationGrades,
    private readonly ruleSets: RuleSetSource,
    private readonly homeWork: HomeWorkStatusSource,
    private readonly clock: Clock,
  ) {}

  private async period(tx: EntityManager, periodId: string): Promise<EvaluationPeriodEntity> {
    const period = await tx.findOneBy(EvaluationPeriodEntity, { id: periodId });
    if (!period) throw notFound('period', periodId);
    return period;
  }

  private async people(tx: EntityManager, ids: string[]): Promise<Map<string, OfficialSummary>> {
    const users = ids.length ? await tx.findBy(UserEntity, { id: In([...new Set(ids)]) }) : [];
    return new Map(users.map((u) => [u.id, OfficialSummary.from(u)]));
  }

  /** Per scorer (who scored, an acting evaluator under their own name) beside the unit's scored evaluations of the period. */
  async calibration(user: AuthUser, periodId: string, unitId: string): Promise<Calibration> {
    await this.access.assertCanSeeUnit(user, unitId);
    return this.dataSource.transaction('REPEATABLE READ', async (tx) => {
      await this.period(tx, periodId);
      const rows = await tx.find(EvaluationEntity, { where: { periodId, unitId, scoredById: Not(IsNull()) }, order: { id: 'ASC' } });
      const graded = await this.grades.grade(tx, rows);
      const result = calibrateScorers(graded.map((g) => ({ scorerId: g.evaluation.scoredById as string, score: g.score, grade: g.grade })));
      const people = await this.people(
        tx,
        result.scorers.map((s) => s.scorerId),
      );
      return Object.assign(new Calibration(), {
        periodId,
        unitId,
        unitScores: ScoreStats.from(result.unit.scores),
        unitGrades: GradeCounts.from(result.unit.grades),
        scorers: result.scorers.map((s) =>
          Object.assign(new ScorerCalibration(), {
            scorer: people.get(s.scorerId),
            scores: ScoreStats.from(s.scores),
            grades: GradeCounts.from(s.grades),
            meanGap: s.meanGap,
            flag: s.flag,
          }),
        ),
        meanGapPoints: result.meanGapPoints,
        minScored: result.minScored,
      });
    });
  }

  /**
   * Home-working officials (an approved enrollment overlapping the period, from the pilot through
   * core's HomeWorkStatusSource) against the office average of the unit's other officials: workload =
   * the sum of the converted units expected of the assignments the period counts (evaluation_fact).
   */
  async workloadParity(user: AuthUser, periodId: string, unitId: string): Promise<WorkloadParityReport> {
    await this.access.assertCanSeeUnit(user, unitId);
    return this.dataSource.transaction('REPEATABLE READ', async (tx) => {
      const period = await this.period(tx, periodId);
      const rows = await tx.find(EvaluationEntity, { where: { periodId, unitId }, order: { id: 'ASC' } });
      const units: Array<{ evaluation_id: string; units: string }> = rows.length
        ? await tx.query('SELECT evaluation_id, sum(expected_units) AS units FROM evaluation_fact WHERE evaluation_id = ANY($1::uuid[]) GROUP BY evaluation_id', [
            rows.map((e) => e.id),
          ])
        : [];
      const unitsOf = new Map(units.map((r) => [r.evaluation_id, Number(r.units)]));
      const home = new Set(
        await this.homeWork.homeWorkersIn(
          rows.map((e) => e.officialId),
          { from: period.startsOn, to: period.endsOn },
          tx,
        ),
      );
      const workload = (e: EvaluationEntity) => ({ officialId: e.officialId, workload: unitsOf.get(e.id) ?? 0 });
      const { ruleSet } = await this.ruleSets.inForce(tx, { regime: 'CONG_CHUC', positionId: null, date: toLocalDate(this.clock.now()) });
      const office = rows.filter((e) => !home.has(e.officialId)).map(workload);
      const parity = checkWorkloadParity(rows.filter((e) => home.has(e.officialId)).map(workload), office, ruleSet);
      const people = await this.people(tx, [...home]);
      const evaluationOf = new Map(rows.map((e) => [e.officialId, e.id]));
      return Object.assign(new WorkloadParityReport(), {
        periodId,
        unitId,
        officeAverage: parity.officeAverage,
        officeCount: office.length,
        thresholdPercent: parity.thresholdPercent,
        home: parity.results
          .map((r) =>
            Object.assign(new WorkloadParityEntry(), {
              official: people.get(r.officialId),
              evaluationId: evaluationOf.get(r.officialId),
              workload: r.workload,
              belowAveragePercent: r.belowAveragePercent,
              flagged: r.flagged,
            }),
          )
          .sort((a, b) => Number(b.flagged) - Number(a.flagged) || (b.belowAveragePercent ?? 0) - (a.belowAveragePercent ?? 0)),
      });
    });
  }
}
