import { graphql } from '@ketqua/dashboard/data-access';

/** An enrollment with its week grid (capCheck: per weekday, the unit at home with it vs the cap). */
export const EnrollmentRowFragment = graphql(`
  fragment EnrollmentRow on Enrollment {
    id
    version
    status
    weekdays
    startDate
    endDate
    requestedAt
    decidedAt
    decisionReason
    suspendReason
    endReason
    commitmentVersion
    commitmentAcceptedAt
    hasComputer
    hasPhone
    hasPrinter
    hasInternet
    note
    pilotId
    commitmentSignature {
      id
      signerName
      signingTime
      verifiedAt
    }
    official {
      id
      fullName
      position {
        id
        name
      }
    }
    unit {
      id
      name
    }
  }
`);

export const EnrollmentCapFragment = graphql(`
  fragment EnrollmentCap on Enrollment {
    id
    capCheck {
      ok
      homeDaysPerWeek
      maxHomeDaysPerWeek
      violations {
        kind
        weekday
        firstDate
      }
      weekdays {
        weekday
        affected
        homeCount
        total
        sharePercent
        capPercent
        maxHome
        onSiteCount
        minOnSite
        breaksCap
        breaksMinOnSite
        breakingDates
      }
    }
  }
`);
