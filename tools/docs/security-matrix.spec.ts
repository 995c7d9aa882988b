import { readFileSync } from 'node:fs';
import { matrixSize, SECURITY_DOC, withMatrix } from './security-matrix';

/** Like the committed schema and typed documents: the matrix in docs/SECURITY.md is what the table gives. */
describe('the authorisation matrix in docs/SECURITY.md', () => {
  it('is generated from the table the e2e test runs (npm run docs:security-matrix)', () => {
    const doc = readFileSync(SECURITY_DOC, 'utf8');
    expect(withMatrix(doc)).toBe(doc);
  });

  it('covers every operation with all its cells', () => {
    const { operations, cells } = matrixSize();
    expect(operations).toBeGreaterThan(140);
    expect(cells).toBe(operations * 10);
  });
});
