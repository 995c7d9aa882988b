import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AbsenceEntity } from './absence/absence.entity';
import { AbsenceResolver } from './absence/absence.resolver';
import { AbsenceService } from './absence/absence.service';
import { CalendarAdminService } from './calendar/calendar-admin.service';
import { CalendarResolver } from './calendar/calendar.resolver';
import { CommitmentRenditionEntity, CommitmentSignatureEntity } from './commitment-signature/commitment-signature.entity';
import { CommitmentSignatureController } from './commitment-signature/commitment-signature.controller';
import { CommitmentSignatureResolver } from './commitment-signature/commitment-signature.resolver';
import { CommitmentSignatureService } from './commitment-signature/commitment-signature.service';
import { CommitmentTextEntity } from './commitment/commitment-text.entity';
import { CommitmentResolver } from './commitment/commitment.resolver';
import { CommitmentService } from './commitment/commitment.service';
import { PilotDemo } from './demo/pilot-demo';
import { PilotPortsModule } from './ports/pilot-ports.module';
import { EligibilityExceptionEntity } from './eligibility/eligibility-exception.entity';
import { EligibilityResolver } from './eligibility/eligibility.resolver';
import { EligibilityService } from './eligibility/eligibility.service';
import { EnrollmentEntity } from './enrollment/enrollment.entity';
import { EnrollmentResolver } from './enrollment/enrollment.resolver';
import { EnrollmentService } from './enrollment/enrollment.service';
import { PilotEntity, PilotUnitEntity } from './pilot/pilot.entity';
import { PilotResolver } from './pilot/pilot.resolver';
import { PilotService } from './pilot/pilot.service';
import { HomeRosterService } from './presence/home-roster.service';
import { PresenceResolver } from './presence/presence.resolver';
import { PresenceService } from './presence/presence.service';
import { SpotCheckDrawEntity } from './spot-check-draw/spot-check-draw.entity';
import { SpotCheckDrawResolver } from './spot-check-draw/spot-check-draw.resolver';
import { SpotCheckDrawService } from './spot-check-draw/spot-check-draw.service';
import { SpotCheckFlagEntity } from './spot-check-flag/spot-check-flag.entity';
import { SpotCheckFlagResolver } from './spot-check-flag/spot-check-flag.resolver';
import { SpotCheckFlagService } from './spot-check-flag/spot-check-flag.service';
import { SpotCheckScheduler } from './spot-check/spot-check-scheduler.service';
import { SpotCheckEntity, SpotCheckFollowUpEntity } from './spot-check/spot-check.entity';
import { SpotCheckResolver } from './spot-check/spot-check.resolver';
import { SpotCheckService } from './spot-check/spot-check.service';

/**
 * The home-work pilot (PRODUCT.md 4.1, 4.2, 4.6): pilots and their rules, eligibility, the
 * commitment, HR's working calendar, enrollments within the caps, absences, who is where today,
 * and the verifiable daily spot checks with their background jobs.
 */
@Module({
  imports: [
    PilotPortsModule,
    TypeOrmModule.forFeature([
      PilotEntity,
      PilotUnitEntity,
      EligibilityExceptionEntity,
      CommitmentTextEntity,
      CommitmentRenditionEntity,
      CommitmentSignatureEntity,
      EnrollmentEntity,
      AbsenceEntity,
      SpotCheckDrawEntity,
      SpotCheckEntity,
      SpotCheckFollowUpEntity,
      SpotCheckFlagEntity,
    ]),
  ],
  controllers: [CommitmentSignatureController],
  providers: [
    PilotService,
    PilotResolver,
    EligibilityService,
    EligibilityResolver,
    CommitmentService,
    CommitmentResolver,
    CalendarAdminService,
    CalendarResolver,
    HomeRosterService,
    EnrollmentService,
    EnrollmentResolver,
    CommitmentSignatureService,
    CommitmentSignatureResolver,
    AbsenceService,
    AbsenceResolver,
    PresenceService,
    PresenceResolver,
    SpotCheckDrawService,
    SpotCheckDrawResolver,
    SpotCheckService,
    SpotCheckResolver,
    SpotCheckFlagService,
    SpotCheckFlagResolver,
    SpotCheckScheduler,
    PilotDemo,
  ],
  exports: [SpotCheckScheduler, SpotCheckService, SpotCheckDrawService],
})
export class PilotModule {}
