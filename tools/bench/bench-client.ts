import type { INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';

export type GqlAnswer = { data?: Record<string, unknown>; errors?: unknown[] };

/** The benches' GraphQL client of an API listening in the same process: POST /graphql, with a bearer token when given. */
export function benchClient(app: INestApplication): { url: string; post: (body: unknown, token?: string) => Promise<GqlAnswer> } {
  const url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/graphql`;
  const post = async (body: unknown, token?: string) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return (await res.json()) as GqlAnswer;
  };
  return { url, post };
}
