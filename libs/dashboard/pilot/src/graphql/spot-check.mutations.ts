import { graphql } from '@ketqua/dashboard/data-access';

export const AnswerSpotCheckMutation = graphql(`
  mutation AnswerSpotCheck($input: AnswerSpotCheckInput!) {
    answerSpotCheck(input: $input) {
      ...SpotCheckRow
    }
  }
`);

export const ExcuseSpotCheckMutation = graphql(`
  mutation ExcuseSpotCheck($input: SpotCheckNoteInput!) {
    excuseSpotCheck(input: $input) {
      ...SpotCheckRow
    }
  }
`);

export const AddSpotCheckFollowUpMutation = graphql(`
  mutation AddSpotCheckFollowUp($input: SpotCheckNoteInput!) {
    addSpotCheckFollowUp(input: $input) {
      ...SpotCheckRow
    }
  }
`);
