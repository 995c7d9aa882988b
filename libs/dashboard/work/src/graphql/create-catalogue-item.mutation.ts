import { graphql } from '@ketqua/dashboard/data-access';

export const CreateCatalogueItemMutation = graphql(`
  mutation CreateCatalogueItem($input: CreateCatalogueItemInput!) {
    createCatalogueItem(input: $input) {
      id
    }
  }
`);
