import { graphql } from '@ketqua/dashboard/data-access';

/** Tiêu chí đánh giá: the criteria in force today, per regime and position group, with the rules in words. */
export const PublishedCriteriaQuery = graphql(`
  query PublishedCriteria($date: LocalDate) {
    publishedCriteria(date: $date) {
      regime
      regimeNameVi
      regimeNameEn
      templateId
      templateCode
      templateName
      templateVersionNo
      positionIds
      ruleSetVersion
      effectiveFrom
      taskMaxPoints
      generalMaxPoints
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
      bands {
        minScore
        grade
        nameVi
        nameEn
      }
      rules {
        key
        vi
        en
      }
    }
  }
`);
