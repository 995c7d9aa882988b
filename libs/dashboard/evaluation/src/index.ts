// Evaluation by results: the public criteria, "Đánh giá của tôi", the head's period board, HR's periods.
export { VerifySheetPage } from './components/sheets/verify-sheet-page';
export { SheetDownloadButtons, type SheetDownloadButtonsProps } from './components/sheets/sheet-download-buttons';
