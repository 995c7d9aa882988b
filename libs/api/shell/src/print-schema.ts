import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { loadAppConfig } from '@ketqua/api/core';
import { KetquaApiModule } from './ketqua-api.module';

export const SCHEMA_HEADER = '# Ketqua GraphQL schema, emitted from the code by `npm run schema:emit`. Do not edit by hand.\n\n';

/** Builds the app without a database connection and prints its GraphQL schema, sorted. */
export async function printAppSchema(): Promise<string> {
  const config = loadAppConfig({ NODE_ENV: 'test', JWT_SECRET: 'schema-emission-only-not-a-real-secret-0000', JOBS_ENABLED: 'false' });
  const app = await NestFactory.create(
    KetquaApiModule.forRoot({ config, database: { url: 'postgres://unused@127.0.0.1:1/unused', poolSize: 1, embedded: false }, connect: false }),
    { logger: ['error'] },
  );
  await app.init();
  const { schema } = app.get(GraphQLSchemaHost);
  await app.close();
  return SCHEMA_HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}
