// The city's identity provider's stand-in for tests: a real OpenID Connect provider (the
// oidc-provider package, ES module, hence this separate process) with its development login form
// (any login name signs in as the account of that name). Arguments: port, redirect URI, accounts
// as JSON ({ "<login>": { email, email_verified, employee_code, name } }). Prints "ready" once listening.
import Provider from 'oidc-provider';

const [port, redirectUri, accountsJson] = process.argv.slice(2);
const accounts = JSON.parse(accountsJson);
const provider = new Provider(`http://127.0.0.1:${port}`, {
  clients: [
    {
      client_id: 'ketqua',
      client_secret: 'ketqua-test-client-secret',
      redirect_uris: [redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'employee_code'] },
  scopes: ['openid', 'email', 'profile'],
  findAccount: (_ctx, id) => ({ accountId: id, claims: () => ({ sub: id, ...(accounts[id] ?? {}) }) }),
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ['test-only-cookie-key-0123456789'] },
});
provider.on('server_error', (_ctx, error) => process.stderr.write(`${error.stack}\n`));
provider.listen(Number(port), '127.0.0.1', () => process.stdout.write('ready\n'));
