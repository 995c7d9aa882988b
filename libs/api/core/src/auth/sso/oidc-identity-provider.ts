import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
// openid-client 6 is an ES module; Node 20.19+ require()s it (and jest has swc turn it into CommonJS).
// Kept and certified: discovery, PKCE, state/nonce, ID token signature and claims checks are its job.
import type * as oidc from 'openid-client';
import { AdapterHealth, AdapterProbe } from '../../adapters/adapter-health';
import { AppConfig } from '../../config/app-config';
import { AuthorizationRequest, IdentityClaims, IdentityProvider } from './identity-provider';

/** openid-client is loaded at the first sign-in through the city's provider, not when the API starts. */
let loadedClient: typeof oidc | undefined;
const openidClient = (): typeof oidc => (loadedClient ??= require('openid-client') as typeof oidc);

/**
 * The city's identity provider over OpenID Connect (authorization code flow, PKCE S256, state and
 * nonce). Discovery is fetched on first use and again after a failure, so Ketqua starts while the
 * provider is down and signs in once it is back.
 */
@Injectable()
export class OidcIdentityProvider extends IdentityProvider implements OnModuleInit, AdapterProbe {
  readonly adapterName = 'sso';
  private readonly logger = new Logger(OidcIdentityProvider.name);
  private discovered: Promise<oidc.Configuration> | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly health: AdapterHealth,
  ) {
    super();
  }

  get configured(): boolean {
    return this.config.ssoConfigured;
  }

  onModuleInit(): void {
    this.health.register(this);
  }

  private configuration(): Promise<oidc.Configuration> {
    if (!this.configured) return Promise.reject(new Error('single sign-on is not configured (OIDC_*)'));
    this.discovered ??= openidClient()
      .discovery(
        new URL(this.config.OIDC_ISSUER_URL),
        this.config.OIDC_CLIENT_ID,
        this.config.OIDC_CLIENT_SECRET,
        undefined,
        // Plain http only outside production (a provider on the developer's machine or in a test).
        this.config.isProduction ? { timeout: 10 } : { execute: [openidClient().allowInsecureRequests], timeout: 10 },
      )
      .catch((error: unknown) => {
        this.discovered = null;
        this.logger.warn(`identity provider discovery failed: ${(error as Error).message}`);
        throw error;
      });
    return this.discovered;
  }

  async authorizationRequest(): Promise<AuthorizationRequest> {
    const configuration = await this.configuration();
    const codeVerifier = openidClient().randomPKCECodeVerifier();
    const state = openidClient().randomState();
    const nonce = openidClient().randomNonce();
    const url = openidClient().buildAuthorizationUrl(configuration, {
      redirect_uri: this.config.OIDC_REDIRECT_URI,
      scope: 'openid email profile',
      code_challenge: await openidClient().calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url: url.href, state, nonce, codeVerifier };
  }

  async finish(callbackUrl: URL, expected: { state: string; nonce: string; codeVerifier: string }): Promise<IdentityClaims> {
    const configuration = await this.configuration();
    const tokens = await openidClient().authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: expected.codeVerifier,
      expectedState: expected.state,
      expectedNonce: expected.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims();
    if (!idClaims) throw new Error('the identity provider returned no ID token');
    // Providers put e-mail or employee code in the ID token or only in userinfo: read both.
    let userinfo: IdentityClaims = {};
    if (configuration.serverMetadata().userinfo_endpoint) {
      userinfo = (await openidClient().fetchUserInfo(configuration, tokens.access_token, idClaims.sub)) as IdentityClaims;
    }
    return { ...userinfo, ...idClaims };
  }

  /** /health: the provider's discovery document answers (fetched again on each probe). */
  async probe(): Promise<void> {
    this.discovered = null;
    await this.configuration();
  }
}
