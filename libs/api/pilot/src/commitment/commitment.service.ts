import { Injectable } from '@nestjs/common';
import { AccessService, AuditService, AuthUser, Clock, isUniqueViolation } from '@ketqua/api/core';
import { DataSource, EntityManager } from 'typeorm';
import { invalidState } from '../pilot.errors';
import { CommitmentTextEntity } from './commitment-text.entity';
import { PublishCommitmentTextInput } from './dto/publish-commitment-text.input';
import { CommitmentText } from './models/commitment-text.model';

/** The commitment text, city-wide and versioned: publishing adds a version, nothing is edited in place. */
@Injectable()
export class CommitmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async current(manager: EntityManager = this.dataSource.manager): Promise<CommitmentTextEntity | null> {
    return manager.getRepository(CommitmentTextEntity).findOne({ where: {}, order: { version: 'DESC' } });
  }

  async versions(): Promise<CommitmentText[]> {
    const rows = await this.dataSource.getRepository(CommitmentTextEntity).find({ order: { version: 'DESC' }, take: 100 });
    return rows.map(CommitmentText.from);
  }

  async publish(user: AuthUser, input: PublishCommitmentTextInput): Promise<CommitmentText> {
    // The pledge binds officials of every agency in the city's pilot, so only city-wide HR sets it.
    this.access.assertCityWide(user);
    return this.dataSource
      .transaction(async (tx) => {
        const last = await this.current(tx);
        const saved = await tx.save(
          tx.create(CommitmentTextEntity, {
            version: (last?.version ?? 0) + 1,
            title: input.title,
            body: input.body,
            bodyEn: input.bodyEn ?? null,
            publishedAt: this.clock.now(),
            publishedById: user.id,
          }),
        );
        await this.audit.record(tx, {
          actorId: user.id,
          action: 'pilot.commitment.published',
          entityType: 'commitment_text',
          entityId: saved.id,
          data: { version: saved.version, title: saved.title, body: saved.body, bodyEn: saved.bodyEn },
        });
        return CommitmentText.from(saved);
      })
      .catch((error: unknown) => {
        // Two publishers at once read the same last version; the unique version index stops the second.
        if (isUniqueViolation(error)) {
          throw invalidState('CONCURRENT_PUBLISH', {
            vi: 'Một phiên bản cam kết khác vừa được công bố. Hãy tải lại rồi thử lại.',
            en: 'Another version was just published. Reload and try again.',
          });
        }
        throw error;
      });
  }
}
