import { LocalAreaColumn } from '../common/tenant-column';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One change to one record: who, when, what, before and after. Append-only. */
@Entity()
@Index(['entityType', 'entityId', 'occurredAt'])
export class AuditEvent {
  /** The local area the row belongs to (row-level security compares it with the reader's). */
  @LocalAreaColumn({ nullable: true })
  localAreaId!: string | null;

  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text' })
  actorLabel!: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  planId!: string | null;

  @Column({ type: 'text' })
  entityType!: string;

  @Column({ type: 'uuid', nullable: true })
  entityId!: string | null;

  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;
}
