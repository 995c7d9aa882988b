import { Field, Float, InputType, Int, ObjectType, ID } from '@nestjs/graphql';
import { LocalDateScalar } from '@ketqua/api/core';
import type { CitizenServiceComparison as DomainComparison, CitizenServiceDifference as DomainDifference } from '@ketqua/domain';
import { Type } from 'class-transformer';
import { IsString, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ReportCohort, ReportPhase } from '../../pilot-report/models/pilot-report.model';
import { MAX_CITIZEN_SERVICE_CHARS } from '../citizen-service-csv';

// The pilot report's cohort and phase enums: one ReportCohort and one ReportPhase in the schema.
@InputType()
export class ImportCitizenServiceInput {
  @Field({
    description:
      'UTF-8 CSV (with or without BOM) with a header row: email, month (MM/yyyy), dossiers_handled, dossiers_on_time, satisfaction_percent (0–100, may be empty). ' +
      'All or nothing; a line for an official and month already imported replaces it. See docs/guide/en/hr.md.',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_CITIZEN_SERVICE_CHARS)
  csv!: string;
}

@ObjectType()
export class ImportCitizenServiceResult {
  @Field(() => Int) linesRead!: number;
  @Field(() => Int, { description: 'Official-months that were not there before.' }) created!: number;
  @Field(() => Int, { description: 'Official-months imported before, now replaced (the old figures are in the audit trail).' }) replaced!: number;
}

@InputType()
export class ReportDateRangeInput {
  @Field(() => LocalDateScalar) @IsString() from!: string;
  @Field(() => LocalDateScalar) @IsString() to!: string;
}

@InputType()
export class CitizenServiceComparisonInput {
  @Field(() => ID) @IsUUID() pilotId!: string;

  @Field(() => ReportDateRangeInput, { description: 'The pilot period: the months whose first day falls in it, or that contain `from`.' })
  @ValidateNested()
  @Type(() => ReportDateRangeInput)
  period!: ReportDateRangeInput;

  @Field(() => ReportDateRangeInput, { description: 'The baseline before the pilot; it must end before `period` starts.' })
  @ValidateNested()
  @Type(() => ReportDateRangeInput)
  baseline!: ReportDateRangeInput;
}

@ObjectType({ description: 'One cohort in one phase: officials with figures, dossiers, on-time rate, mean satisfaction.' })
export class CitizenServiceCell {
  @Field(() => ReportCohort) cohort!: ReportCohort;
  @Field(() => ReportPhase) phase!: ReportPhase;
  @Field(() => Int) officials!: number;
  @Field(() => Int) dossiers!: number;
  @Field(() => Int) onTime!: number;
  @Field(() => Float, { nullable: true, description: 'on time ÷ dossiers × 100; null without dossiers.' }) onTimeRatePercent!: number | null;
  @Field(() => Float, { nullable: true, description: 'Mean of the official-months’ satisfaction; null when none was rated.' }) meanSatisfactionPercent!: number | null;
}

@ObjectType({ description: 'home − office in each phase, and their difference-in-differences (pilot − baseline), in percentage points.' })
export class CitizenServiceDifference {
  @Field(() => Float, { nullable: true }) pilot!: number | null;
  @Field(() => Float, { nullable: true }) baseline!: number | null;
  @Field(() => Float, { nullable: true }) differenceInDifferences!: number | null;

  static from(d: DomainDifference): CitizenServiceDifference {
    return Object.assign(new CitizenServiceDifference(), { pilot: d.pilot, baseline: d.baseline, differenceInDifferences: d.differenceInDifferences });
  }
}

@ObjectType({ description: 'Dịch vụ công trực tuyến: the citizen-service figures of the pilot cohorts, pilot period vs baseline.' })
export class CitizenServiceComparison {
  @Field(() => ID) pilotId!: string;
  @Field(() => [CitizenServiceCell]) cells!: CitizenServiceCell[];
  @Field(() => CitizenServiceDifference) onTimeRate!: CitizenServiceDifference;
  @Field(() => CitizenServiceDifference) satisfaction!: CitizenServiceDifference;

  static from(pilotId: string, c: DomainComparison): CitizenServiceComparison {
    return Object.assign(new CitizenServiceComparison(), {
      pilotId,
      cells: c.cells.map((cell) =>
        Object.assign(new CitizenServiceCell(), {
          cohort: cell.cohort as ReportCohort,
          phase: cell.phase as ReportPhase,
          officials: cell.officials,
          dossiers: cell.dossiers,
          onTime: cell.onTime,
          onTimeRatePercent: cell.onTimeRatePercent,
          meanSatisfactionPercent: cell.meanSatisfactionPercent,
        }),
      ),
      onTimeRate: CitizenServiceDifference.from(c.onTimeRate),
      satisfaction: CitizenServiceDifference.from(c.satisfaction),
    });
  }
}
