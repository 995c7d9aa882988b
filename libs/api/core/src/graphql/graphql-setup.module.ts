import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { formatGraphQLError } from '../errors/error-formatter';
import { languagePlugin } from '../errors/language.plugin';
import { Loaders } from '../loaders/loaders';
import { complexityPlugin } from './complexity.plugin';

/** Code-first GraphQL at /graphql: error mapping, language, complexity limit, per-request loaders. */
@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [AppConfig, DataSource],
      useFactory: (config: AppConfig, dataSource: DataSource) => {
        let host: GraphQLSchemaHost | undefined;
        return {
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          introspection: !config.isProduction,
          csrfPrevention: true,
          context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res, loaders: new Loaders(dataSource) }),
          formatError: formatGraphQLError,
          plugins: [
            languagePlugin,
            complexityPlugin(() => {
              if (!host) throw new Error('schema not built yet');
              return host.schema;
            }, config.GRAPHQL_MAX_COMPLEXITY),
          ],
          transformSchema: (schema) => {
            host = { schema } as GraphQLSchemaHost;
            return schema;
          },
        };
      },
    }),
  ],
})
export class GraphQLSetupModule {}
