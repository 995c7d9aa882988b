import { OrganisationAndAccess1795425558663 } from './1795425558663-OrganisationAndAccess';
import { WorkingCalendar1795430691110 } from './1795430691110-WorkingCalendar';
import { Notifications1795430939769 } from './1795430939769-Notifications';
import { PilotEnrollmentsAndSpotChecks1795431174237 } from './1795431174237-PilotEnrollmentsAndSpotChecks';
import { WorkAssignmentsDeliverablesFiles1795431817208 } from './1795431817208-WorkAssignmentsDeliverablesFiles';
import { NotificationSubjects1795500000000 } from './1795500000000-NotificationSubjects';
import { NotificationHandledAt1795600000000 } from './1795600000000-NotificationHandledAt';
import { AuditTrailIndexes1795700000000 } from './1795700000000-AuditTrailIndexes';
import { SignInHardening1796115048599 } from './1796115048599-SignInHardening';
import { AuditChainHeadMovesForwardOnly1796117118142 } from './1796117118142-AuditChainHeadMovesForwardOnly';
import { EvaluationByResults1796125132256 } from './1796125132256-EvaluationByResults';
import { CriteriaTemplates1796125784178 } from './1796125784178-CriteriaTemplates';
import { EvaluationWindowNotices1796126000000 } from './1796126000000-EvaluationWindowNotices';
import { EvaluationFlowIndexes1796131000000 } from './1796131000000-EvaluationFlowIndexes';
import { WaiverEvidenceIndex1796132000000 } from './1796132000000-WaiverEvidenceIndex';
import { PilotReportReadModel1796140000000 } from './1796140000000-PilotReportReadModel';
import { CitizenServiceRecords1796141000000 } from './1796141000000-CitizenServiceRecords';
import { UnitOverviewIndexes1796142000000 } from './1796142000000-UnitOverviewIndexes';
import { ReportExports1796143000000 } from './1796143000000-ReportExports';
import { CityScaleIndexes1796144000000 } from './1796144000000-CityScaleIndexes';
import { OpenWorkIndexes1796145000000 } from './1796145000000-OpenWorkIndexes';
import { SecondFactor1796150000000 } from './1796150000000-SecondFactor';
import { PersonalData1796153000000 } from './1796153000000-PersonalData';
import { OfficialEmailAndSingleSignOn1796154000000 } from './1796154000000-OfficialEmailAndSingleSignOn';
import { RecordSignatures1796155000000 } from './1796155000000-RecordSignatures';
import { IncomingDocuments1796155100000 } from './1796155100000-IncomingDocuments';
import { CommitmentSignatures1796155200000 } from './1796155200000-CommitmentSignatures';
/**
 * Every migration, in order. `npm run migration:generate -- <Name>` writes a new file here and
 * adds it to this list; read and correct a generated migration before committing it.
 */
export const MIGRATIONS: Array<new () => unknown> = [
  OrganisationAndAccess1795425558663,
  WorkingCalendar1795430691110,
  Notifications1795430939769,
  PilotEnrollmentsAndSpotChecks1795431174237,
  WorkAssignmentsDeliverablesFiles1795431817208,
  NotificationSubjects1795500000000,
  NotificationHandledAt1795600000000,
  AuditTrailIndexes1795700000000,
  SignInHardening1796115048599,
  AuditChainHeadMovesForwardOnly1796117118142,
  EvaluationByResults1796125132256,
  CriteriaTemplates1796125784178,
  EvaluationWindowNotices1796126000000,
  EvaluationFlowIndexes1796131000000,
  WaiverEvidenceIndex1796132000000,
  PilotReportReadModel1796140000000,
  CitizenServiceRecords1796141000000,
  UnitOverviewIndexes1796142000000,
  ReportExports1796143000000,
  CityScaleIndexes1796144000000,
  OpenWorkIndexes1796145000000,
  SecondFactor1796150000000,
  PersonalData1796153000000,
  OfficialEmailAndSingleSignOn1796154000000,
  RecordSignatures1796155000000,
  IncomingDocuments1796155100000,
  CommitmentSignatures1796155200000,
];
