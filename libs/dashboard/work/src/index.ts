// Work: "Việc của tôi", the team board and review queue, one assignment, the catalogue editor.
export { MyWorkPage } from './components/my-work-page';
export { TeamBoardPage, type TeamBoardFilter } from './components/team-board-page';
export { AssignmentPage } from './components/assignment-page';
export { CataloguePage } from './components/catalogue-page';
