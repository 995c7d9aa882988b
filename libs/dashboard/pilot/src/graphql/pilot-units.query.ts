import { graphql } from '@ketqua/dashboard/data-access';

/** Units the caller may pick for a pilot (the API limits them to the caller's scope). */
export const PilotUnitChoicesQuery = graphql(`
  query PilotUnitChoices {
    units(first: 200) {
      edges {
        node {
          id
          name
          parentId
          agency {
            id
            name
          }
        }
      }
    }
  }
`);
