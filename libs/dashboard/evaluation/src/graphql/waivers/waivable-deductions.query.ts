import { graphql } from '@ketqua/dashboard/data-access';

export const WaivableDeductionsQuery = graphql(`
  query WaivableDeductions {
    myWaivableDeductions {
      evaluationId
      periodName
      evaluationStatus
      assignments {
        assignmentId
        title
        deductions {
          kind
          reference
        }
      }
    }
  }
`);
