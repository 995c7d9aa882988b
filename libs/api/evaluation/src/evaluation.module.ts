import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActingEvaluatorEntity } from './acting-evaluator/acting-evaluator.entity';
import { ActingEvaluatorResolver } from './acting-evaluator/acting-evaluator.resolver';
import { ActingEvaluatorService } from './acting-evaluator/acting-evaluator.service';
import { AnnualGradeService } from './evaluation/annual-grade.service';
import { EvaluationRecords } from './evaluation/evaluation-records';
import { EvaluationResolver } from './evaluation/evaluation.resolver';
import { EvaluationService } from './evaluation/evaluation.service';
import { RuleSetSource } from './criteria/rule-set-source';
import { EvaluationDemo } from './demo/evaluation-demo';
import { EvaluationFactEntity } from './evaluation/evaluation-fact.entity';
import { EvaluationRevisionEntity } from './evaluation/evaluation-revision.entity';
import { EvaluationEntity } from './evaluation/evaluation.entity';
import { EvaluationPeriodEntity } from './period/evaluation-period.entity';
import { EvaluationAccess } from './shared/evaluation-access';
import { QuotaGuard } from './quota/quota-guard';
import { QuotaExceptionEntity } from './quota/quota-exception.entity';
import { WaiverRequestEntity } from './waiver/waiver-request.entity';

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
  providers: [
    EvaluationAccess,
    RuleSetSource,
    QuotaGuard,
    EvaluationRecords,
    EvaluationService,
    AnnualGradeService,
    EvaluationResolver,
    ActingEvaluatorService,
    ActingEvaluatorResolver,
    EvaluationDemo,
  ],
})
export class EvaluationModule {}
