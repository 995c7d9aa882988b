import { notificationTarget } from './notification-target';

const ID = '11111111-1111-4111-8111-111111111111';

describe('notificationTarget: which screen a notification opens', () => {
  it.each([
    ['ASSIGNMENT_CREATED', 'ASSIGNMENT', { screen: 'assignment', id: ID }],
    ['DELIVERABLE_SUBMITTED', 'ASSIGNMENT', { screen: 'assignment', id: ID }],
    ['DEADLINE_TOMORROW', 'ASSIGNMENT', { screen: 'assignment', id: ID }],
    ['ENROLLMENT_REQUESTED', 'ENROLLMENT', { screen: 'enrollments' }],
    ['ENROLLMENT_WITHDRAWN', 'ENROLLMENT', { screen: 'enrollments' }],
    ['ENROLLMENT_APPROVED', 'ENROLLMENT', { screen: 'homeWork' }],
    ['ENROLLMENT_SUSPENDED', 'ENROLLMENT', { screen: 'homeWork' }],
    ['SPOT_CHECK_PROMPTED', 'SPOT_CHECK', { screen: 'spotChecks' }],
    ['SPOT_CHECK_FLAGGED', 'SPOT_CHECK_FLAG', { screen: 'spotChecks' }],
    // Evaluation news about one's own evaluation opens "Đánh giá của tôi".
    ['EVALUATION_PERIOD_OPENED', 'EVALUATION', { screen: 'myEvaluation' }],
    ['EVALUATION_RETURNED', 'EVALUATION', { screen: 'myEvaluation' }],
    ['EVALUATION_PUBLISHED', 'EVALUATION', { screen: 'myEvaluation' }],
    ['EVALUATION_REOPENED', 'EVALUATION', { screen: 'myEvaluation' }],
    // Period news: the self-assessment reminder for the official; the others for those who evaluate.
    ['EVALUATION_PERIOD_OPENED', 'EVALUATION_PERIOD', { screen: 'myEvaluation' }],
    ['EVALUATION_REMINDER_SELF_ASSESSMENT', 'EVALUATION_PERIOD', { screen: 'myEvaluation' }],
    ['EVALUATION_REMINDER_SCORING', 'EVALUATION_PERIOD', { screen: 'evaluationBoard' }],
    ['EVALUATION_REMINDER_APPROVAL', 'EVALUATION_PERIOD', { screen: 'evaluationBoard' }],
    ['EVALUATION_REMINDER_PUBLICATION', 'EVALUATION_PERIOD', { screen: 'evaluationBoard' }],
    // Waivers: the request for the evaluator, the decision for the official, both on "Miễn trừ khấu trừ".
    ['WAIVER_REQUESTED', 'WAIVER_REQUEST', { screen: 'waivers' }],
    ['WAIVER_CONFIRMED', 'WAIVER_REQUEST', { screen: 'waivers' }],
    ['WAIVER_REFUSED', 'WAIVER_REQUEST', { screen: 'waivers' }],
  ] as const)('%s about a %s opens %j', (kind, subject, expected) => {
    expect(notificationTarget({ kind, subject: { kind: subject, id: ID } })).toEqual(expected);
  });

  it.each([
    ['SELF_ASSESSMENT', { screen: 'myEvaluation' }],
    ['HEAD_SCORING', { screen: 'evaluationBoard' }],
    ['PUBLISH', { screen: 'evaluationBoard' }],
  ] as const)('a window closing (%s) opens %j', (window, expected) => {
    expect(notificationTarget({ kind: 'EVALUATION_WINDOW_CLOSING', subject: { kind: 'EVALUATION_PERIOD', id: ID }, data: { periodId: ID, window } })).toEqual(expected);
  });

  it('a window closing without its window named goes to the board (those who evaluate)', () => {
    expect(notificationTarget({ kind: 'EVALUATION_WINDOW_CLOSING', subject: { kind: 'EVALUATION_PERIOD', id: ID }, data: null })).toEqual({ screen: 'evaluationBoard' });
  });

  it('a notification about nothing opens nothing', () => {
    expect(notificationTarget({ kind: 'PLAIN', subject: null })).toBeNull();
    expect(notificationTarget({ kind: 'PLAIN' })).toBeNull();
  });
});
