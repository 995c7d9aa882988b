import { graphql } from '@ketqua/dashboard/data-access';

/** A unit's draw for a day: the published record (json) is what the browser verifies and downloads. */
export const SpotCheckDrawQuery = graphql(`
  query SpotCheckDraw($unitId: ID!, $date: LocalDate!) {
    spotCheckDraw(unitId: $unitId, date: $date) {
      id
      algorithm
      unitId
      date
      commitment
      drawnAt
      revealedAt
      seed
      k
      roster
      rosterHash
      rosterMembers {
        id
        fullName
      }
      parameters {
        sampleRateBasisPoints
        answerWindowMinutes
        coreHours {
          start
          end
        }
      }
      picks {
        order
        officialId
        rosterIndex
        promptLocalTime
        promptAt
        answerBy
      }
      json
    }
  }
`);
