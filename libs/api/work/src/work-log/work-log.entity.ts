import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AssignmentEntity } from '../assignment/assignment.entity';
import { UserEntity } from '@ketqua/api/core';

/** A daily entry (nhật ký công việc): what was done, for how long, against which assignment. */
@Entity('work_log')
@Index('IDX_work_log_official_date', ['officialId', 'workDate', 'createdAt', 'id'])
@Index('IDX_work_log_assignment', ['assignmentId'])
@Check('CHK_work_log_minutes', `"minutes" BETWEEN 1 AND 1440`)
export class WorkLogEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  officialId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn()
  official?: UserEntity;

  /** The official's unit when logged, for the head's scope. */
  @Column({ type: 'uuid' })
  unitId!: string;

  @Column({ type: 'uuid', nullable: true })
  assignmentId!: string | null;

  @ManyToOne(() => AssignmentEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn()
  assignment?: AssignmentEntity | null;

  @Column({ type: 'date' })
  workDate!: string;

  @Column({ type: 'int' })
  minutes!: number;

  @Column({ type: 'text' })
  note!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
