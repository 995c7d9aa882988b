// Evaluation by results: the public criteria, "Đánh giá của tôi", the head's period board, HR's periods.
export { CriteriaPage } from './components/criteria/criteria-page';
export { CriteriaTemplatesPage } from './components/criteria/criteria-templates-page';
export { PeriodsPage } from './components/periods/periods-page';
export { PeriodBoardPage } from './components/periods/period-board-page';
export { QuotaPage } from './components/quota/quota-page';
export { QuotaMeter } from './components/quota/quota-meter';
export { WaiversPage } from './components/waivers/waivers-page';
export { WaiverRequestButton } from './components/waivers/waiver-request-button';
export { VerifySheetPage } from './components/sheets/verify-sheet-page';
export { SheetDownloadButtons, type SheetDownloadButtonsProps } from './components/sheets/sheet-download-buttons';
export { MyEvaluationPage } from './components/my-evaluation/my-evaluation-page';
export { EvaluationBoardPage } from './components/board/evaluation-board-page';
export { ReceiptView } from './components/my-evaluation/receipt-view';
