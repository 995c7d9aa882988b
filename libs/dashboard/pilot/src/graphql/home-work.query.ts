import { graphql } from '@ketqua/dashboard/data-access';

/** The official's page: today (by the server's calendar), the pilot, the commitment to accept, own requests. */
export const HomeWorkQuery = graphql(`
  query HomeWork {
    myPresence {
      date
      status
      holidayName
      absenceKind
    }
    currentCommitmentText {
      ...CommitmentTextView
    }
    pilots(first: 20) {
      edges {
        node {
          ...PilotDetails
        }
      }
    }
    enrollments(first: 20) {
      edges {
        node {
          ...EnrollmentRow
        }
      }
    }
  }
`);
