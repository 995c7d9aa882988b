// Reports: the unit head's overview (Tổng quan đơn vị) and HR's pilot report (Báo cáo thí điểm).
export { PilotReportPage } from './components/pilot-report/pilot-report-page';
