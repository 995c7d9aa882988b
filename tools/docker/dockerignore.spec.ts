import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDockerIgnore } from './dockerignore';

const root = join(__dirname, '../..');
const dockerignore = parseDockerIgnore(readFileSync(join(root, '.dockerignore'), 'utf8'));

describe('the matcher follows Docker (docs.docker.com/build/concepts/context/#dockerignore-files)', () => {
  it('anchors a bare name at the root and crosses directories only with **', () => {
    const m = parseDockerIgnore('node_modules\n*/temp*\ntemp?\n**/*.go\n/rooted\n');
    expect(m.ignores('node_modules/argon2/index.js')).toBe(true);
    expect(m.ignores('apps/x/node_modules/y')).toBe(false);
    expect(m.ignores('somedir/temporary.txt')).toBe(true);
    expect(m.ignores('somedir/sub/temporary.txt')).toBe(false);
    expect(m.ignores('tempa')).toBe(true);
    expect(m.ignores('tempab')).toBe(false);
    expect(m.ignores('a/b/c.go')).toBe(true);
    expect(m.ignores('c.go')).toBe(true);
    expect(m.ignores('rooted/file')).toBe(true);
  });

  it('lets the last deciding pattern win, so an exception re-includes', () => {
    const m = parseDockerIgnore('# comment\n\n*.md\n!README*.md\nREADME-secret.md\n');
    expect(m.ignores('CHANGES.md')).toBe(true);
    expect(m.ignores('README.md')).toBe(false);
    expect(m.ignores('README-secret.md')).toBe(true);
  });
});

describe('.dockerignore', () => {
  // The host's installs and builds would overwrite the image's (argon2 built for another system),
  // and .data holds the embedded database and the development JWT secret.
  it.each([
    'node_modules/argon2/lib/binding/napi-v3/argon2.node',
    'apps/dashboard/node_modules/.vite/deps/x.js',
    '.data/pgdata/PG_VERSION',
    '.data/jwt-secret',
    '.data/files/ab/abcdef',
    'apps/api/.data/jwt-secret',
    '.env',
    '.env.local',
    '.env.production',
    'apps/api/.env',
    'dist/apps/api/main.js',
    'dist/apps/dashboard/index.html',
    '.nx/cache/123/terminalOutput',
    'coverage/lcov.info',
    'test-results/report.xml',
    '.ci/out/jest.json',
    'tmp/ketqua-first-start/x',
    'npm-debug.log',
    '.git/config',
  ])('keeps %s out of the image', (path) => {
    expect(dockerignore.ignores(path)).toBe(true);
  });

  it('sends every file in the repository, which the build may need (the documented .env.example too)', () => {
    const tracked = execFileSync('git', ['ls-files', '--cached', '--exclude-standard'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(tracked).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'nx.json', 'apps/api/src/main.ts', '.env.example']));
    expect(tracked.filter((path) => dockerignore.ignores(path))).toEqual([]);
  });

  it("sends what docker/Dockerfile's COPY steps from the context name", () => {
    const copies = readFileSync(join(root, 'docker/Dockerfile'), 'utf8')
      .split('\n')
      .filter((line) => /^COPY\s/.test(line) && !/--from=/.test(line))
      .flatMap((line) =>
        line
          .trim()
          .split(/\s+/)
          .slice(1, -1)
          .filter((arg) => !arg.startsWith('--')),
      );
    expect(copies).toEqual(['package.json', 'package-lock.json', '.']);
    for (const source of copies.filter((s) => s !== '.')) expect(dockerignore.ignores(source)).toBe(false);
  });
});
