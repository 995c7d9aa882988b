import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { StoredFileEntity } from './stored-file.entity';
import { AssignmentEntity } from '../assignment/assignment.entity';

/** A file the head attached when giving the work; one file may go with several officials' assignments. */
@Entity('assignment_attachment')
@Index('IDX_assignment_attachment_file', ['fileId'])
export class AssignmentAttachmentEntity {
  @PrimaryColumn({ type: 'uuid' })
  assignmentId!: string;

  @ManyToOne(() => AssignmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn()
  assignment?: AssignmentEntity;

  @PrimaryColumn({ type: 'uuid' })
  fileId!: string;

  @ManyToOne(() => StoredFileEntity, { onDelete: 'RESTRICT' })
  @JoinColumn()
  file?: StoredFileEntity;
}
