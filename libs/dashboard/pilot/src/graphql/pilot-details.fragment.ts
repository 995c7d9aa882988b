import { graphql } from '@ketqua/dashboard/data-access';

/** A pilot with its rules, as the HR list and form show it. */
export const PilotDetailsFragment = graphql(`
  fragment PilotDetails on Pilot {
    id
    version
    name
    decisionNumber
    startDate
    endDate
    phase
    maxHomeSharePercent
    minOnSite
    maxHomeDaysPerWeek
    sampleRatePercent
    answerWindowMinutes
    coreHours {
      start
      end
    }
    unitIds
    units {
      id
      name
      agencyId
    }
    agencies {
      id
      name
    }
  }
`);
