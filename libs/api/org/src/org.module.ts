import { Module } from '@nestjs/common';
import { AccountSessionResolver } from './account-session/account-session.resolver';
import { AccountSessionService } from './account-session/account-session.service';
import { AgencyResolver } from './agency/agency.resolver';
import { AgencyService } from './agency/agency.service';
import { OfficialImportResolver } from './official-import/official-import.resolver';
import { OfficialImportService } from './official-import/official-import.service';
import { OfficialResolver } from './official/official.resolver';
import { OfficialSummaryResolver } from './official/official-summary.resolver';
import { OfficialService } from './official/official.service';
import { PositionResolver } from './position/position.resolver';
import { PositionService } from './position/position.service';
import { RankResolver } from './rank/rank.resolver';
import { UnitResolver } from './unit/unit.resolver';
import { UnitService } from './unit/unit.service';

/** The organisation: agencies, the unit tree, positions, ranks and officials (entities live in core). */
@Module({
  providers: [
    AgencyService,
    AgencyResolver,
    UnitService,
    UnitResolver,
    PositionService,
    PositionResolver,
    RankResolver,
    OfficialService,
    OfficialResolver,
    OfficialSummaryResolver,
    OfficialImportService,
    OfficialImportResolver,
    AccountSessionService,
    AccountSessionResolver,
  ],
})
export class OrgModule {}
