// Reports: what the API composition, the tests and the tools may use.
export { ReportsModule } from './reports.module';
// The benchmark measures the overview's cold computation by dropping the reused one before each request.
export { UnitOverviewService, OVERVIEW_REUSE_MS } from './unit-overview/unit-overview.service';
