import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActingEvaluatorEntity } from './acting-evaluator/acting-evaluator.entity';
import { CriteriaTemplateEntity } from './criteria/criteria-template.entity';
import { CriteriaTemplateResolver } from './criteria/criteria-template.resolver';
import { CriteriaTemplateService } from './criteria/criteria-template.service';
import { PartyMemberShareEntity } from './criteria/party-member-share.entity';
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
import { EvaluationCompletionService } from './period/evaluation-completion.service';
import { EvaluationPeriodJobs } from './period/evaluation-period-jobs.service';
import { EvaluationPeriodEntity } from './period/evaluation-period.entity';
import { EvaluationPeriodResolver } from './period/evaluation-period.resolver';
import { EvaluationPeriodService } from './period/evaluation-period.service';
import { EvaluationWindowNoticeEntity } from './period/evaluation-window-notice.entity';
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
import { SheetController } from './sheet/sheet.controller';
import { SheetResolver } from './sheet/sheet.resolver';
import { SheetService } from './sheet/sheet.service';
import { RecordSignatureEntity, SigningRenditionEntity } from './signature/record-signature.entity';
import { RecordSignatureController } from './signature/record-signature.controller';
import { RecordSignatureResolver } from './signature/record-signature.resolver';
import { RecordSignatureService } from './signature/record-signature.service';
import { PeriodArchiveController } from './archive/period-archive.controller';
import { PeriodArchiveService } from './archive/period-archive.service';

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
      CriteriaTemplateEntity,
      PartyMemberShareEntity,
      EvaluationWindowNoticeEntity,
      SigningRenditionEntity,
      RecordSignatureEntity,
    ]),
  ],
  providers: [
    EvaluationAccess,
    RuleSetSource,
    QuotaGuard,
    CriteriaTemplateService,
    CriteriaTemplateResolver,
    EvaluationRecords,
    EvaluationService,
    AnnualGradeService,
    EvaluationResolver,
    ActingEvaluatorService,
    ActingEvaluatorResolver,
    EvaluationGrades,
    QuotaService,
    QuotaResolver,
    WaiverService,
    WaiverResolver,
    CalibrationService,
    CalibrationResolver,
    SheetService,
    SheetResolver,
    RecordSignatureService,
    RecordSignatureResolver,
    PeriodArchiveService,
    EvaluationPeriodService,
    EvaluationPeriodJobs,
    EvaluationCompletionService,
    EvaluationPeriodResolver,
    EvaluationDemo,
  ],
  controllers: [SheetController, RecordSignatureController, PeriodArchiveController],
  exports: [EvaluationPeriodJobs, PeriodArchiveService],
})
export class EvaluationModule {}
