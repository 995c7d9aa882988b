import { Injectable } from '@nestjs/common';
import { AuthUser } from '../auth/auth-user';

/** Whether `user` may read the stored file `fileId` because of what another feature attached it to. */
export type FileReadGrant = (user: AuthUser, fileId: string) => Promise<boolean>;

/**
 * Files are stored and served by the work feature (GET /files/:id); other features attach them to
 * their own records (a waiver request's evidence). Each such feature registers here who may read
 * the files it holds, so the file route asks them without importing them (features never import
 * each other, ENGINEERING.md).
 */
@Injectable()
export class FileReadGrants {
  private readonly grants: FileReadGrant[] = [];

  register(grant: FileReadGrant): void {
    this.grants.push(grant);
  }

  async allows(user: AuthUser, fileId: string): Promise<boolean> {
    for (const grant of this.grants) if (await grant(user, fileId)) return true;
    return false;
  }
}
