import { graphql } from '@ketqua/dashboard/data-access';

export const RecordAbsenceMutation = graphql(`
  mutation RecordAbsence($input: RecordAbsenceInput!) {
    recordAbsence(input: $input) {
      id
      kind
      startDate
      endDate
    }
  }
`);

export const CancelAbsenceMutation = graphql(`
  mutation CancelAbsence($id: ID!) {
    cancelAbsence(id: $id) {
      id
      cancelledAt
    }
  }
`);
