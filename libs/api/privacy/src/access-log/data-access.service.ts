import { Injectable } from '@nestjs/common';
import { AuthUser, BadInputError, ConnectionShape, keysetPage, PageArgs, PersonalDataAccessEntity } from '@ketqua/api/core';
import { addDays, localDateTimeToInstant } from '@ketqua/domain';
import { DataSource } from 'typeorm';
import { DataAccessFilter } from './dto/data-access.inputs';
import { DataAccess } from './models/data-access.model';

/** Reading the access log: a person their own accesses; the administrator everyone's, filtered. */
@Injectable()
export class DataAccessService {
  constructor(private readonly dataSource: DataSource) {}

  /** Accesses to the caller's own data, newest first. */
  mine(user: AuthUser, page: PageArgs): Promise<ConnectionShape<DataAccess>> {
    return this.list({ subjectId: user.id }, page);
  }

  /** Every access (the resolver lets only ADMIN here), newest first, by person, viewer, kind and day. */
  all(filter: DataAccessFilter = {}, page: PageArgs): Promise<ConnectionShape<DataAccess>> {
    if (filter.from && filter.to && filter.from > filter.to) {
      throw new BadInputError('BAD_DATE_RANGE', { vi: 'Ngày bắt đầu phải trước ngày kết thúc.', en: 'The start day must come before the end day.' }, [
        { field: 'filter.to', message: { vi: 'phải từ ngày bắt đầu trở đi', en: 'must not be before the start day' } },
      ]);
    }
    return this.list(filter, page);
  }

  private list(filter: DataAccessFilter, page: PageArgs): Promise<ConnectionShape<DataAccess>> {
    const qb = this.dataSource.getRepository(PersonalDataAccessEntity).createQueryBuilder('a');
    if (filter.subjectId) qb.andWhere('a.subjectId = :subjectId', { subjectId: filter.subjectId });
    if (filter.viewerId) qb.andWhere('a.viewerId = :viewerId', { viewerId: filter.viewerId });
    if (filter.kind) qb.andWhere('a.kind = :kind', { kind: filter.kind });
    if (filter.from) qb.andWhere('a.occurredAt >= :from', { from: localDateTimeToInstant(filter.from, 0) });
    if (filter.to) qb.andWhere('a.occurredAt < :to', { to: localDateTimeToInstant(addDays(filter.to, 1), 0) });
    return keysetPage(qb, page, { columns: ['a.occurredAt', 'a.id'], values: (a) => [a.occurredAt.toISOString(), a.id], descending: true }, DataAccess.from);
  }
}
