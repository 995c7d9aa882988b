import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { OfficialSummary } from '@ketqua/api/core';
import { Grade, ScoreSummary } from '@ketqua/domain';

@ObjectType({ description: 'How many of each grade.' })
export class GradeCounts {
  @Field(() => Int) excellent!: number;
  @Field(() => Int) good!: number;
  @Field(() => Int) complete!: number;
  @Field(() => Int) incomplete!: number;
  @Field(() => Int) notClassified!: number;

  static from(counts: Record<Grade, number>): GradeCounts {
    return Object.assign(new GradeCounts(), {
      excellent: counts.HOAN_THANH_XUAT_SAC,
      good: counts.HOAN_THANH_TOT,
      complete: counts.HOAN_THANH,
      incomplete: counts.KHONG_HOAN_THANH,
      notClassified: counts.NOT_CLASSIFIED,
    });
  }
}

@ObjectType({ description: 'Count, mean, median, min and max of scores (công chức, shown scores).' })
export class ScoreStats {
  @Field(() => Int) count!: number;
  @Field(() => Float, { nullable: true }) mean!: number | null;
  @Field(() => Float, { nullable: true }) median!: number | null;
  @Field(() => Float, { nullable: true }) min!: number | null;
  @Field(() => Float, { nullable: true }) max!: number | null;

  static from(s: ScoreSummary): ScoreStats {
    return Object.assign(new ScoreStats(), s);
  }
}

@ObjectType({ description: 'One scorer’s distribution beside the unit’s.' })
export class ScorerCalibration {
  @Field(() => OfficialSummary) scorer!: OfficialSummary;
  @Field(() => ScoreStats) scores!: ScoreStats;
  @Field(() => GradeCounts) grades!: GradeCounts;
  @Field(() => Float, { nullable: true, description: 'Scorer mean − unit mean.' }) meanGap!: number | null;
  @Field(() => String, { nullable: true, description: 'LENIENT or HARSH when the gap is past the threshold (RULES.md "Calibration").' }) flag!: string | null;
}

@ObjectType({ description: 'Hiệu chỉnh: the distribution of scores and grades per scorer beside the unit’s.' })
export class Calibration {
  @Field(() => ID) periodId!: string;
  @Field(() => ID) unitId!: string;
  @Field(() => ScoreStats) unitScores!: ScoreStats;
  @Field(() => GradeCounts) unitGrades!: GradeCounts;
  @Field(() => [ScorerCalibration]) scorers!: ScorerCalibration[];
  @Field(() => Float, { description: 'A scorer is flagged past this many points from the unit mean.' }) meanGapPoints!: number;
  @Field(() => Int, { description: '… once they have scored at least this many.' }) minScored!: number;
}

@ObjectType({ description: 'One home-working official against the unit’s office average.' })
export class WorkloadParityEntry {
  @Field(() => OfficialSummary) official!: OfficialSummary;
  @Field(() => ID) evaluationId!: string;
  @Field(() => Float, { description: 'Assigned converted units counted in the period.' }) workload!: number;
  @Field(() => Float, { nullable: true, description: 'Percent below the office average (negative when above).' }) belowAveragePercent!: number | null;
  @Field() flagged!: boolean;
}

@ObjectType({ description: 'PRODUCT.md 4.1: home-working officials whose assigned converted units are more than the threshold below the office average.' })
export class WorkloadParityReport {
  @Field(() => ID) periodId!: string;
  @Field(() => ID) unitId!: string;
  @Field(() => Float, { nullable: true }) officeAverage!: number | null;
  @Field(() => Int) officeCount!: number;
  @Field(() => Float) thresholdPercent!: number;
  @Field(() => [WorkloadParityEntry], { description: 'Every home-working official, flagged ones first.' }) home!: WorkloadParityEntry[];
}
