// npm run migration:generate -- <PascalCaseName> [--only work,pilot]
// --only limits the diff to the core entities plus those libs (libs/api/<name>), so work in progress
// elsewhere in the tree does not slip into your migration.
// Diffs the entities against the committed migrations (on a throwaway in-memory embedded PostgreSQL),
// writes the difference as a new migration and registers it in migrations/index.ts.
// Read and correct the generated SQL by hand before committing it (ENGINEERING.md).
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions, startEmbeddedPostgres } from '@ketqua/api/core';

const root = join(__dirname, '../..');
const migrationsDir = join(root, 'libs/api/core/src/database/migrations');

async function main(): Promise<void> {
  const name = process.argv[2];
  const onlyIndex = process.argv.indexOf('--only');
  const only = onlyIndex > 0 ? (process.argv[onlyIndex + 1] ?? '').split(',').filter(Boolean) : null;
  const entities = only ? ['core', ...only].map((lib) => join(root, `libs/api/${lib}/**/*.entity.ts`)) : [join(root, 'libs/api/**/*.entity.ts')];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('usage: npm run migration:generate -- <PascalCaseName>, e.g. AddWorkLogs');
  const pg = await startEmbeddedPostgres({});
  const dataSource = new DataSource({
    ...dataSourceOptions({ url: pg.url, poolSize: 2, embedded: true }),
    entities,
    logging: ['error'],
  });
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    const sql = await dataSource.driver.createSchemaBuilder().log();
    if (!sql.upQueries.length) {
      process.stdout.write('no changes: the entities match the migrations\n');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const q = (s: string) => '`' + s.replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
    const up = sql.upQueries.map((x) => `    await queryRunner.query(${q(x.query)}${x.parameters?.length ? `, ${JSON.stringify(x.parameters)}` : ''});`);
    const down = sql.downQueries.reverse().map((x) => `    await queryRunner.query(${q(x.query)}${x.parameters?.length ? `, ${JSON.stringify(x.parameters)}` : ''});`);
    const file = `${timestamp}-${name}`;
    writeFileSync(
      join(migrationsDir, `${file}.ts`),
      `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  name = '${className}';\n\n  public async up(queryRunner: QueryRunner): Promise<void> {\n${up.join('\n')}\n  }\n\n  public async down(queryRunner: QueryRunner): Promise<void> {\n${down.join('\n')}\n  }\n}\n`,
    );
    const indexPath = join(migrationsDir, 'index.ts');
    const index = readFileSync(indexPath, 'utf8')
      .replace(/^(\/\*\*[\s\S]*?\*\/\n)/m, `import { ${className} } from './${file}';\n$1`)
      .replace(/export const MIGRATIONS: Array<new \(\) => unknown> = \[([\s\S]*?)\];/, (_m, list: string) => {
        const items = list
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
          .concat(className);
        return `export const MIGRATIONS: Array<new () => unknown> = [\n${items.map((i) => `  ${i},`).join('\n')}\n];`;
      });
    writeFileSync(indexPath, index);
    process.stdout.write(`wrote ${file}.ts (${sql.upQueries.length} statements); read it and correct it by hand\n`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await pg.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
