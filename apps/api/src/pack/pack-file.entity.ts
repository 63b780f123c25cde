import { LocalAreaColumn } from '../common/tenant-column';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Pack } from './pack.entity';

/** A file rendered from a pack's snapshot, kept byte for byte with its SHA-256. */
@Entity()
@Index(['packId', 'name'], { unique: true })
export class PackFile {
  /** The local area the row belongs to (row-level security compares it with the reader's). */
  @LocalAreaColumn()
  localAreaId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  packId!: string;

  @ManyToOne(() => Pack, { onDelete: 'CASCADE' })
  @JoinColumn()
  pack?: Pack;

  /** e.g. board-pack.pdf */
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  contentType!: string;

  @Column({ type: 'int' })
  size!: number;

  /** Hex SHA-256 of `bytes`. */
  @Column({ type: 'text' })
  sha256!: string;

  @Column({ type: 'bytea', select: false })
  bytes!: Buffer;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
