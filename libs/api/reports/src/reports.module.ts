import { Module } from '@nestjs/common';
import { UnitOverviewResolver } from './unit-overview/unit-overview.resolver';
import { UnitOverviewService } from './unit-overview/unit-overview.service';

/**
 * Reports: the unit head's overview (Tổng quan đơn vị), HR's pilot evaluation report (PRODUCT.md 4.7),
 * its exports and the citizen-service data it compares. Read models over the other modules' tables:
 * it decides no number (libs/domain does) and changes nothing but its own imports and exports.
 */
@Module({
  imports: [],
  providers: [UnitOverviewService, UnitOverviewResolver],
  exports: [],
})
export class ReportsModule {}
