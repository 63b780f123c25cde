import { LocalAreaColumn } from '../common/tenant-column';
import { EMAIL_KINDS, type EmailKind } from '@send/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { User } from '../auth/user.entity';
import { BaseEntity } from '../common/base.entity';

/**
 * Where an email stands: `queued` to be sent, `sending` while the SMTP server is asked, `retrying`
 * after a temporary failure, `sent` (accepted by the SMTP server), `failed` (refused for good, or
 * retried to the limit), or `outbox` (no SMTP server is configured: written here to be read).
 */
export const EMAIL_STATUSES = ['queued', 'sending', 'retrying', 'sent', 'failed', 'outbox'] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

/**
 * Every email the product sends, kept: who it went to, what it said, and how its delivery went
 * (the SMTP server's last answer). The event key is unique, so one event never sends two emails.
 */
@Entity()
@Check('email_message_status_check', `status IN (${EMAIL_STATUSES.map((s) => `'${s}'`).join(', ')})`)
@Check('email_message_kind_check', `kind IN (${EMAIL_KINDS.map((k) => `'${k}'`).join(', ')})`)
@Index(['status', 'createdAt'])
export class EmailMessage extends BaseEntity {
  @LocalAreaColumn()
  localAreaId!: string;

  @Index({ unique: true })
  @Column({ type: 'text' })
  eventKey!: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  user?: User | null;

  /** The plan it is about, when it is about one. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  planId!: string | null;

  @Column({ type: 'text' })
  kind!: EmailKind;

  @Column({ type: 'text' })
  toAddress!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  textBody!: string;

  @Column({ type: 'text' })
  htmlBody!: string;

  @Column({ type: 'text', default: 'queued' })
  status!: EmailStatus;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  /** The SMTP server's last answer (or the connection error), as it gave it. */
  @Column({ type: 'text', nullable: true })
  lastResponse!: string | null;

  /** When it was accepted by the SMTP server or written to the outbox. */
  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;
}
