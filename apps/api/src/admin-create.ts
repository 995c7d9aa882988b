// node dist/apps/api/admin-create.js <email> [--name "Họ và tên"] [--unit <unit id>] [--reset]
// admin:create inside the production image, where tools/ and the TypeScript loader are absent
// (docs/OPERATIONS.md "The first ADMIN").
import 'reflect-metadata';
import { loadDotEnv } from '@ketqua/api/core';
import { runAdminCreate } from '@ketqua/api/shell';

loadDotEnv();
void runAdminCreate(process.argv.slice(2)).then((code) => process.exit(code));
