/** One GraphQL response as a client sees it over HTTP. */
export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string; reason?: string; fields?: Array<{ field: string; message: string }>; [k: string]: unknown } }>;
}

export interface GqlOptions {
  token?: string;
  /** Accept-Language; the API answers in Vietnamese unless this is 'en'. */
  lang?: 'vi' | 'en';
}

/** Sends a GraphQL operation over real HTTP, like the dashboard does. */
export async function postGraphQL<T = Record<string, unknown>>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: GqlOptions = {},
): Promise<GqlResponse<T>> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.lang ? { 'accept-language': options.lang } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T | null; errors?: GqlResponse<T>['errors'] };
  return { status: response.status, data: body.data ?? null, errors: body.errors };
}

/** The first error's extensions.code, for one-line assertions. */
export function errorCode(response: GqlResponse<unknown>): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}
