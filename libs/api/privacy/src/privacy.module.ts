import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataAccessResolver } from './access-log/data-access.resolver';
import { DataAccessService } from './access-log/data-access.service';
import { MyDataController } from './my-data/my-data.controller';
import { MyDataService } from './my-data/my-data.service';
import { RetentionSettingEntity } from './retention/retention-setting.entity';
import { RetentionResolver } from './retention/retention.resolver';
import { RetentionService } from './retention/retention.service';

/**
 * Personal data (Decree 13/2023/NĐ-CP; the Personal Data Protection Law): who viewed my data, the
 * retention job and the personal-data download. The access log itself is written in core (the
 * GraphQL plugin and PersonalDataLog), so every module's reads and exports land in it.
 */
@Module({
  imports: [TypeOrmModule.forFeature([RetentionSettingEntity])],
  controllers: [MyDataController],
  providers: [DataAccessService, DataAccessResolver, RetentionService, RetentionResolver, MyDataService],
  exports: [RetentionService, MyDataService],
})
export class PrivacyModule {}
