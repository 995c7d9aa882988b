// npm run demo:totp -- <email> — the current two-factor code of a demo account (hr@ and admin@
// demo.ketqua.vn have known authenticator secrets, printed by `npm start`), as an authenticator
// app would show it. Only demo secrets are known: a real account's secret is encrypted in the database.
import { generateSync } from 'otplib';
import { TOTP_DIGITS, TOTP_PERIOD_SECONDS } from '@ketqua/domain';
import { DEMO_TOTP_SECRETS } from '@ketqua/api/demo';

const email = (process.argv[2] ?? '').trim().toLowerCase();
const secret = DEMO_TOTP_SECRETS[email];
if (!secret) {
  process.stderr.write(`usage: npm run demo:totp -- <email>, one of: ${Object.keys(DEMO_TOTP_SECRETS).join(', ')}\n`);
  process.exit(2);
}
const now = Math.floor(Date.now() / 1000);
const code = generateSync({ secret, epoch: now, period: TOTP_PERIOD_SECONDS, digits: TOTP_DIGITS });
process.stdout.write(`${code}  (${email}; valid for ${TOTP_PERIOD_SECONDS - (now % TOTP_PERIOD_SECONDS)} more seconds, then the next one)\n`);
