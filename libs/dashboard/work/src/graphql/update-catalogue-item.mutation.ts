import { graphql } from '@ketqua/dashboard/data-access';

export const UpdateCatalogueItemMutation = graphql(`
  mutation UpdateCatalogueItem($input: UpdateCatalogueItemInput!) {
    updateCatalogueItem(input: $input) {
      id
      version
    }
  }
`);
