import { graphql } from '@ketqua/dashboard/data-access';

export const WorkCatalogueQuery = graphql(`
  query WorkCatalogue($filter: CatalogueFilter!) {
    workCatalogue(filter: $filter, first: 200) {
      totalCount
      edges {
        node {
          id
          unitId
          positionId
          code
          name
          unitOfMeasure
          coefficient
          active
          version
        }
      }
    }
  }
`);
