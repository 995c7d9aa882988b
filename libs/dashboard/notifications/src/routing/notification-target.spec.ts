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
    ['EVALUATION_PUBLISHED', 'EVALUATION', { screen: 'myEvaluation' }],
  ] as const)('%s about a %s opens %j', (kind, subject, expected) => {
    expect(notificationTarget({ kind, subject: { kind: subject, id: ID } })).toEqual(expected);
  });

  it('a notification about nothing opens nothing', () => {
    expect(notificationTarget({ kind: 'PLAIN', subject: null })).toBeNull();
    expect(notificationTarget({ kind: 'PLAIN' })).toBeNull();
  });
});
