import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActingEvaluatorEntity } from './acting-evaluator/acting-evaluator.entity';
import { RuleSetSource } from './criteria/rule-set-source';
import { EvaluationFactEntity } from './evaluation/evaluation-fact.entity';
import { EvaluationRevisionEntity } from './evaluation/evaluation-revision.entity';
import { EvaluationEntity } from './evaluation/evaluation.entity';
import { EvaluationPeriodEntity } from './period/evaluation-period.entity';
import { EvaluationAccess } from './shared/evaluation-access';
import { QuotaGuard } from './quota/quota-guard';
import { QuotaExceptionEntity } from './quota/quota-exception.entity';
import { WaiverRequestEntity } from './waiver/waiver-request.entity';
import { EvaluationGrades } from './quota/evaluation-grades';
import { QuotaService } from './quota/quota.service';
import { QuotaResolver } from './quota/quota.resolver';
import { WaiverService } from './waiver/waiver.service';
import { WaiverResolver } from './waiver/waiver.resolver';
import { CalibrationService } from './calibration/calibration.service';
import { CalibrationResolver } from './calibration/calibration.resolver';

/**
 * Evaluation by results (PRODUCT.md 4.3–4.5): criteria templates, periods and their opening job,
 * the self-assessment → head scoring → approval → publication flow of both legal regimes, waivers,
 * the quota with its exceptions, calibration, acting evaluators, reopening, and the printed sheets.
 * Every number comes from libs/domain; this module stores the inputs, the rule-set version and the
 * decisions. Assignment facts come through core's AssignmentFactsSource port (provided by work).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      EvaluationPeriodEntity,
      EvaluationEntity,
      EvaluationFactEntity,
      EvaluationRevisionEntity,
      WaiverRequestEntity,
      QuotaExceptionEntity,
      ActingEvaluatorEntity,
    ]),
  ],
  providers: [EvaluationAccess, RuleSetSource, QuotaGuard, EvaluationGrades, QuotaService, QuotaResolver, WaiverService, WaiverResolver, CalibrationService, CalibrationResolver],
})
export class EvaluationModule {}
