import { graphql } from '@ketqua/dashboard/data-access';

/** Ai đã xem dữ liệu của tôi: one keyset page of the accesses to my own data, newest first. */
export const MyDataAccessesQuery = graphql(`
  query MyDataAccesses($after: String) {
    myDataAccesses(first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...DataAccessRow
        }
      }
    }
  }
`);

/** The administrator: every access, filtered. */
export const DataAccessesQuery = graphql(`
  query DataAccesses($filter: DataAccessFilter, $after: String) {
    dataAccesses(first: 20, filter: $filter, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...DataAccessRow
          subject {
            id
            fullName
          }
        }
      }
    }
  }
`);

export const DataAccessRowFragment = graphql(`
  fragment DataAccessRow on DataAccess {
    id
    occurredAt
    viewerRole
    kind
    recordIds
    fieldGroups
    purpose
    viewer {
      id
      fullName
    }
  }
`);

export const RetentionSettingsQuery = graphql(`
  query RetentionSettings {
    retentionSettings {
      workLogDays
      spotCheckNoteDays
      fileDays
      version
    }
  }
`);

export const UpdateRetentionSettingsMutation = graphql(`
  mutation UpdateRetentionSettings($input: UpdateRetentionSettingsInput!) {
    updateRetentionSettings(input: $input) {
      workLogDays
      spotCheckNoteDays
      fileDays
      version
    }
  }
`);
