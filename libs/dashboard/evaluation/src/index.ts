// Evaluation by results: the public criteria, "Đánh giá của tôi", the head's period board, HR's periods.
export { MyEvaluationPage } from './components/my-evaluation/my-evaluation-page';
export { EvaluationBoardPage } from './components/board/evaluation-board-page';
export { ReceiptView } from './components/my-evaluation/receipt-view';
