// Reports: the unit head's overview (Tổng quan đơn vị) and HR's pilot report (Báo cáo thí điểm).
export { UnitOverviewPage, type TeamRowsFilter, type UnitOverviewLinks } from './components/unit-overview/unit-overview-page';
export { PilotReportPage } from './components/pilot-report/pilot-report-page';
