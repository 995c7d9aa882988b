import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { dataSourceOptions, DatabaseConnectionSettings } from './data-source-options';
import { DatabaseInfo } from './database-info';
import { JoinOpenTransactions } from './join-open-transactions';
import { ReadDatabase } from './read-database';

@Module({})
export class DatabaseModule {
  /**
   * `connect: false` builds the module graph without touching a database (used to emit
   * schema.gql); entities come from each module's TypeOrmModule.forFeature.
   */
  static forRoot(settings: DatabaseConnectionSettings, connect = true): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      imports: [TypeOrmModule.forRoot({ ...dataSourceOptions(settings), autoLoadEntities: true, manualInitialization: !connect })],
      providers: [
        { provide: DatabaseInfo, useValue: new DatabaseInfo(settings.url, settings.embedded, settings.sessionUrl) },
        JoinOpenTransactions,
        { provide: ReadDatabase, inject: [DataSource], useFactory: (primary: DataSource) => new ReadDatabase(primary, settings) },
      ],
      exports: [DatabaseInfo, ReadDatabase],
    };
  }
}
