import { graphql } from '@ketqua/dashboard/data-access';

export const SpotCheckRowFragment = graphql(`
  fragment SpotCheckRow on SpotCheck {
    id
    version
    date
    status
    outcome
    outcomeBeforeExcuse
    manual
    promptAt
    promptedAt
    answerBy
    closesAt
    respondedAt
    responseNote
    excuseReason
    cancelReason
    drawId
    official {
      id
      fullName
    }
    unit {
      id
      name
    }
    followUps {
      id
      note
      createdAt
    }
  }
`);
