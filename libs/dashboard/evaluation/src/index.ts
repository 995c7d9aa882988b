// Evaluation by results: the public criteria, "Đánh giá của tôi", the head's period board, HR's periods.
export { CriteriaPage } from './components/criteria/criteria-page';
export { CriteriaTemplatesPage } from './components/criteria/criteria-templates-page';
export { PeriodsPage } from './components/periods/periods-page';
export { PeriodBoardPage } from './components/periods/period-board-page';
