/** What a started sign-in must remember until the browser comes back. */
export interface AuthorizationRequest {
  url: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** The verified claims of the person the identity provider signed in (from the ID token and userinfo). */
export type IdentityClaims = Record<string, unknown>;

/**
 * Port (core) to the city's identity provider. The OpenID Connect adapter (OidcIdentityProvider,
 * openid-client) implements it: authorization code flow with PKCE, state and nonce.
 */
export abstract class IdentityProvider {
  /** OIDC_ISSUER_URL, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and OIDC_REDIRECT_URI are all set. */
  abstract readonly configured: boolean;
  /** Where to send the browser, with fresh state, nonce and PKCE verifier. */
  abstract authorizationRequest(): Promise<AuthorizationRequest>;
  /**
   * Exchanges the code of `callbackUrl` (the redirect URI with the provider's answer) for tokens,
   * checks state, nonce, issuer, audience and signature, and returns the claims.
   */
  abstract finish(callbackUrl: URL, expected: { state: string; nonce: string; codeVerifier: string }): Promise<IdentityClaims>;
}
