import { graphql } from '@ketqua/dashboard/data-access';

export const QuotaStatusQuery = graphql(`
  query QuotaStatus($agencyId: ID!, $periodId: ID!, $group: String) {
    quotaStatus(agencyId: $agencyId, periodId: $periodId, group: $group) {
      agencyId
      periodId
      year
      excellentMaxPercentOfGood
      withinQuota
      scopes {
        kind
        rule
        regime
        taskGroup
        excellent
        good
        classified
        maxExcellent
        exceptionExtra
        allowedExcellent
        excess
        withinQuota
        partyMemberExcellentPercent
        reason
      }
      wouldBreak {
        evaluationId
        official {
          id
          fullName
        }
        taskGroup
        status
        score
        breaksAlone
      }
      reconsider {
        evaluationId
        official {
          id
          fullName
        }
        taskGroup
        score
      }
      exceptions {
        id
        scopeKind
        regime
        taskGroup
        rule
        extraExcellent
        reason
        grantedBy
        decisionDocument
      }
    }
  }
`);
