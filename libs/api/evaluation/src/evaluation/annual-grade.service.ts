import { Injectable } from '@nestjs/common';
import { AccessService, AuthUser, NotFoundError, UserEntity } from '@ketqua/api/core';
import { computeAnnualGrade, computeVienChucGrade, GradeOverrides, monthsFromPeriods } from '@ketqua/domain';
import { DataSource } from 'typeorm';
import { RuleSetSource } from '../criteria/rule-set-source';
import { domain } from '../evaluation.errors';
import { EvaluationRecord } from '../shared/evaluation-record';
import { AnnualGrade, AnnualPeriodLine } from './models/evaluation.model';

interface PublishedRow {
  evaluation_id: string;
  period_id: string;
  period_name: string;
  kind: string;
  unit_id: string;
  regime: 'CONG_CHUC' | 'VIEN_CHUC';
  is_leader: boolean;
  scheduled_working_days: number | null;
  worked_days: number | null;
  record: EvaluationRecord;
}

const MONTHS: Record<string, number> = { MONTH: 1, QUARTER: 3 };

/**
 * The annual grade (PRODUCT.md 4.4) from the official's published month and quarter evaluations of
 * the year, wherever they were made (a transferred official's earlier periods travel with them): the
 * published record of each (evaluation_revision, as published), never a recomputation.
 */
@Injectable()
export class AnnualGradeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly ruleSets: RuleSetSource,
  ) {}

  private async assertCanSee(user: AuthUser, officialId: string): Promise<void> {
    const official = await this.dataSource.getRepository(UserEntity).findOneBy({ id: officialId });
    if (!official) throw new NotFoundError({ vi: 'công chức', en: 'official' }, officialId);
    await this.access.assertCanSeeOfficial(user, official);
  }

  private published(officialId: string, year: number | null): Promise<PublishedRow[]> {
    return this.dataSource.query(
      `SELECT e.id AS evaluation_id, p.id AS period_id, p.name AS period_name, p.kind, p.year, e.unit_id, e.regime, e.is_leader,
              e.scheduled_working_days, e.worked_days, r.record
         FROM evaluation e
         JOIN evaluation_period p ON p.id = e.period_id
         JOIN LATERAL (SELECT record FROM evaluation_revision r WHERE r.evaluation_id = e.id ORDER BY r.revision DESC LIMIT 1) r ON true
        WHERE e.official_id = $1 AND e.status = 'PUBLISHED' AND p.kind IN ('MONTH', 'QUARTER') AND ($2::int IS NULL OR p.year = $2)
        ORDER BY p.starts_on, e.id`,
      [officialId, year],
    );
  }

  async annual(user: AuthUser, officialId: string, year: number): Promise<AnnualGrade> {
    await this.assertCanSee(user, officialId);
    return this.compute(officialId, year, await this.published(officialId, year));
  }

  /** Every year with a published period, newest first. */
  async history(user: AuthUser, officialId: string): Promise<AnnualGrade[]> {
    await this.assertCanSee(user, officialId);
    const rows: Array<PublishedRow & { year: number }> = (await this.published(officialId, null)) as Array<PublishedRow & { year: number }>;
    const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => b - a);
    return Promise.all(
      years.map((y) =>
        this.compute(
          officialId,
          y,
          rows.filter((r) => r.year === y),
        ),
      ),
    );
  }

  private async compute(officialId: string, year: number, rows: PublishedRow[]): Promise<AnnualGrade> {
    const lines = rows.map((r) =>
      Object.assign(new AnnualPeriodLine(), {
        evaluationId: r.evaluation_id,
        periodId: r.period_id,
        periodName: r.period_name,
        unitId: r.unit_id,
        score: r.record.score,
        grade: r.record.grade,
        workedDays: r.worked_days,
        scheduledWorkingDays: r.scheduled_working_days,
        regime: r.regime,
      }),
    );
    const base = { officialId, year, periods: lines };
    if (rows.length === 0) {
      return Object.assign(new AnnualGrade(), {
        ...base,
        regime: null,
        averageScore: null,
        grade: 'NOT_CLASSIFIED',
        reasons: [],
        monthsWorked: null,
        monthsOfLeave: null,
        explanationJson: '{}',
      });
    }
    const last = rows[rows.length - 1];
    const ruleSet = await this.ruleSets.get(last.record.ruleSetVersion);
    // The regime of the latest period decides (a move between regimes within a year is rare; said in RULES.md).
    if (last.regime === 'VIEN_CHUC') {
      const vc = rows.filter((r) => r.regime === 'VIEN_CHUC' && r.record.vienChuc);
      const tasks = vc.reduce(
        (t, r) => ({
          total: t.total + (r.record.vienChuc?.tally.total ?? 0),
          short: t.short + (r.record.vienChuc?.tally.short ?? 0),
          exceeding: t.exceeding + (r.record.vienChuc?.tally.exceeding ?? 0),
        }),
        { total: 0, short: 0, exceeding: 0 },
      );
      const months = monthsFromPeriods(rows.map((r) => ({ months: MONTHS[r.kind] ?? 1, scheduledWorkingDays: r.scheduled_working_days, workedDays: r.worked_days })));
      const overrides: GradeOverrides = {};
      for (const r of vc) {
        if (r.record.overrideReasons.includes('DISCIPLINE_REPRIMAND_OR_ABOVE')) overrides.disciplineSanction = { level: 'REPRIMAND', reference: `kỳ ${r.period_name}` };
        if (r.record.overrideReasons.includes('ETHICAL_DEGRADATION')) overrides.ethicalDegradation = { reference: `kỳ ${r.period_name}` };
      }
      const result = domain(() => computeVienChucGrade({ tasks, monthsWorked: months.monthsWorked, monthsOfLeave: months.monthsOfLeave, overrides }, ruleSet), 'annualGrade');
      return Object.assign(new AnnualGrade(), {
        ...base,
        regime: 'VIEN_CHUC',
        averageScore: null,
        grade: result.grade,
        reasons: result.reasons,
        ...months,
        explanationJson: JSON.stringify(result.explanation),
      });
    }
    const cc = rows.filter((r) => r.regime === 'CONG_CHUC');
    const weighted = cc.every((r) => r.worked_days !== null);
    const result = domain(
      () =>
        computeAnnualGrade(
          {
            periods: cc.map((r) => ({
              periodId: r.period_id,
              score: r.record.score,
              exactScore: r.record.exactScore,
              weightDays: weighted ? r.worked_days : undefined,
              overrideReasons: r.record.overrideReasons,
            })),
            isLeader: last.is_leader,
          },
          ruleSet,
        ),
      'annualGrade',
    );
    return Object.assign(new AnnualGrade(), {
      ...base,
      regime: 'CONG_CHUC',
      averageScore: result.averageScore,
      grade: result.grade,
      reasons: result.overrideReasons,
      monthsWorked: null,
      monthsOfLeave: null,
      explanationJson: JSON.stringify(result.explanation),
    });
  }
}
