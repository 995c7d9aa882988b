// npm run admin:create -- <email> [--name "Họ và tên"] [--unit <unit id>] [--reset]
// Creates an ADMIN account and prints its one-time password once (it must be changed at the first
// sign-in): the way to get the first ADMIN of a production database, or to recover a locked-out one
// (--reset makes an existing account ADMIN with a new one-time password and ends its sessions).
// Uses DATABASE_URL, else the embedded database in KETQUA_DATA_DIR (sharing a running server's).
// Audited (auth.admin.created / auth.admin.reset) with the host and OS user that ran it.
// The production image runs the same code as `node dist/apps/api/admin-create.js <email> …`.
import 'reflect-metadata';
import { loadDotEnv } from '@ketqua/api/core';
import { runAdminCreate } from '@ketqua/api/shell';

loadDotEnv();
void runAdminCreate(process.argv.slice(2)).then((code) => process.exit(code));
