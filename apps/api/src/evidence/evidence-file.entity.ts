import { LocalAreaColumn } from '../common/tenant-column';
import { EVIDENCE_MAX_BYTES } from '@send/domain';
import { Check, Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Evidence } from './evidence.entity';

/**
 * The file of an evidence item, kept in PostgreSQL: written in the same transaction as its
 * evidence row (a failed upload leaves nothing behind) and served by any API instance.
 * Immutable: a different file is a new evidence item.
 */
@Entity({ name: 'evidence_file' })
@Check('evidence_file_size_check', `size_bytes > 0 AND size_bytes <= ${EVIDENCE_MAX_BYTES} AND octet_length(content) = size_bytes`)
@Check('evidence_file_sha256_check', `sha256 ~ '^[0-9a-f]{64}$'`)
export class EvidenceFileRecord {
  /** The local area the row belongs to (row-level security compares it with the reader's). */
  @LocalAreaColumn()
  localAreaId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** One file per evidence item: the one-to-one join column is unique. */
  @Column({ type: 'uuid' })
  evidenceId!: string;

  @OneToOne(() => Evidence, { onDelete: 'CASCADE' })
  @JoinColumn()
  evidence?: Evidence;

  /** The name it was uploaded with, given back on download. */
  @Column({ type: 'text' })
  fileName!: string;

  @Column({ type: 'text' })
  mimeType!: string;

  @Column({ type: 'int' })
  sizeBytes!: number;

  /** Hex SHA-256 of `content`, checked on every download. */
  @Column({ type: 'text' })
  sha256!: string;

  /** Loaded only when asked for (`addSelect`), so listing files never reads their bytes. */
  @Column({ type: 'bytea', select: false })
  content!: Buffer;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
