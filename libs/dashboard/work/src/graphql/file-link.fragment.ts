import { graphql } from '@ketqua/dashboard/data-access';

export const FileLinkFragment = graphql(`
  fragment FileLink on StoredFile {
    id
    name
    size
    sha256
    url
  }
`);
