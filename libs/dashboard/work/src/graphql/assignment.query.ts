import { graphql } from '@ketqua/dashboard/data-access';

/** One assignment with its versions, reviews, deadline history and percentages. */
export const AssignmentQuery = graphql(`
  query Assignment($id: ID!) {
    assignment(id: $id) {
      ...AssignmentRow
      description
      coefficient
      catalogueItemId
      hoursLogged
      assignedBy {
        id
        fullName
      }
      catalogueItem {
        id
        code
        name
      }
      attachments {
        ...FileLink
      }
      scores {
        quantity
        quality
        progress
        ruleSetVersion
      }
      deadlines {
        id
        deadline
        effectiveDeadline
        reason
        missed
        objectiveCause {
          cause
          confirmedBy
        }
      }
      deliverables {
        id
        versionNo
        note
        links
        submittedAt
        onTime
        files {
          ...FileLink
        }
        review {
          decision
          majorError
          comment
          reviewedAt
          reviewer {
            id
            fullName
          }
          objectiveCause {
            cause
            confirmedBy
          }
        }
      }
    }
  }
`);
