import { graphql } from '@ketqua/dashboard/data-access';

/** Whether test checks may be sent here (never in production). */
export const TestSpotChecksEnabledQuery = graphql(`
  query TestSpotChecksEnabled {
    testSpotChecksEnabled
  }
`);

/** Officials in the caller's scope to send a test check to (the API checks the scope again). */
export const TestCheckRecipientsQuery = graphql(`
  query TestCheckRecipients($search: String) {
    officials(filter: { search: $search }, first: 20) {
      edges {
        node {
          id
          fullName
          email
        }
      }
    }
  }
`);

/** "Gửi kiểm tra thử": what npm run demo:spot-check does; the official is prompted at once. */
export const SendTestSpotCheckMutation = graphql(`
  mutation SendTestSpotCheck($officialId: ID!) {
    sendTestSpotCheck(officialId: $officialId) {
      id
      status
      answerBy
      official {
        id
        fullName
      }
    }
  }
`);
