import { join } from 'node:path';
import { brokenReason, documentationFiles, relativeLinks } from './doc-links';

const root = join(__dirname, '../..');

describe('the documentation stands on its own', () => {
  const links = documentationFiles(root).flatMap(relativeLinks);

  it('finds the README, the guides and their screenshots', () => {
    const files = links.map((l) => l.target);
    expect(files).toContain('docs/guide/README.md');
    expect(files.filter((t) => t.endsWith('.png')).length).toBeGreaterThanOrEqual(20);
  });

  it('has no link outside the repository and none that is missing', () => {
    const broken = links
      .map((link) => ({ link, reason: brokenReason(root, link) }))
      .filter((b) => b.reason)
      .map((b) => `${b.link.file.slice(root.length + 1)}:${b.link.line} ${b.link.target} ${b.reason}`);
    expect(broken).toEqual([]);
  });

  it('has a guide per role in Vietnamese and in English', () => {
    for (const lang of ['vi', 'en'])
      for (const role of ['official', 'unit-head', 'hr', 'admin', 'inspector']) expect(links.some((l) => l.target === `${lang}/${role}.md`)).toBe(true);
  });
});
