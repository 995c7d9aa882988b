import { graphql } from '@ketqua/dashboard/data-access';

/** Enrollments in the caller's scope (an official: their own), newest request first. */
export const EnrollmentsQuery = graphql(`
  query Enrollments($filter: EnrollmentFilter, $withCap: Boolean!) {
    enrollments(filter: $filter, first: 100) {
      totalCount
      edges {
        node {
          ...EnrollmentRow
          ...EnrollmentCap @include(if: $withCap)
        }
      }
    }
  }
`);
