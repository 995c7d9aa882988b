import { graphql } from '@ketqua/dashboard/data-access';

export const RequestEnrollmentMutation = graphql(`
  mutation RequestEnrollment($input: RequestEnrollmentInput!) {
    requestEnrollment(input: $input) {
      ...EnrollmentRow
    }
  }
`);

export const DecideEnrollmentMutation = graphql(`
  mutation DecideEnrollment($input: DecideEnrollmentInput!) {
    decideEnrollment(input: $input) {
      ...EnrollmentRow
    }
  }
`);

export const SuspendEnrollmentMutation = graphql(`
  mutation SuspendEnrollment($input: ChangeEnrollmentInput!) {
    suspendEnrollment(input: $input) {
      ...EnrollmentRow
    }
  }
`);

export const ResumeEnrollmentMutation = graphql(`
  mutation ResumeEnrollment($input: ResumeEnrollmentInput!) {
    resumeEnrollment(input: $input) {
      ...EnrollmentRow
    }
  }
`);

export const EndEnrollmentMutation = graphql(`
  mutation EndEnrollment($input: ChangeEnrollmentInput!) {
    endEnrollment(input: $input) {
      ...EnrollmentRow
    }
  }
`);

/** The official's own: withdraw a pending request or stop an arrangement (ENDED; the head is told). */
export const WithdrawEnrollmentMutation = graphql(`
  mutation WithdrawEnrollment($input: WithdrawEnrollmentInput!) {
    withdrawEnrollment(input: $input) {
      ...EnrollmentRow
    }
  }
`);
