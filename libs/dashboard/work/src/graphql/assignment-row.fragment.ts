import { graphql } from '@ketqua/dashboard/data-access';

/** What a list row or card shows of an assignment. */
export const AssignmentRowFragment = graphql(`
  fragment AssignmentRow on Assignment {
    id
    title
    status
    deadline
    effectiveDeadline
    isOverdue
    workingDaysLeft
    sourceDocument
    quantity
    unitOfMeasure
    weight
    version
    assignee {
      id
      fullName
    }
    unit {
      id
      name
    }
  }
`);
