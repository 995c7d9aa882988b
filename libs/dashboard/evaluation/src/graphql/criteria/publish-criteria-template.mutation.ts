import { graphql } from '@ketqua/dashboard/data-access';

export const PublishCriteriaTemplateMutation = graphql(`
  mutation PublishCriteriaTemplate($input: PublishCriteriaTemplateInput!) {
    publishCriteriaTemplate(input: $input) {
      ...CriteriaTemplateFields
    }
  }
`);
