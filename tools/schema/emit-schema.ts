// Writes apps/api/schema.gql from the code; the dashboard's codegen reads it and a test keeps it current.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printAppSchema } from '@ketqua/api/shell';

printAppSchema()
  .then((sdl) => {
    const target = join(__dirname, '../../apps/api/schema.gql');
    writeFileSync(target, sdl);
    process.stdout.write(`wrote ${target}\n`);
    process.exit(0);
  })
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
