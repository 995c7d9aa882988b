// Evaluation by results: the public criteria, "Đánh giá của tôi", the head's period board, HR's periods.
export {};
export { PeriodsPage } from './components/periods/periods-page';
export { PeriodBoardPage } from './components/periods/period-board-page';
