import { graphql } from '@ketqua/dashboard/data-access';

export const CriteriaTemplateFieldsFragment = graphql(`
  fragment CriteriaTemplateFields on CriteriaTemplate {
    id
    code
    versionNo
    name
    regime
    positionIds
    status
    effectiveFrom
    taskCombination {
      quantity
      quality
      progress
    }
    generalCriteria {
      code
      label
      maxPoints
    }
    leaderUnitWeightPercent
    ruleSetVersion
    publishedAt
    version
  }
`);
