import { LocalAreaColumn } from '../common/tenant-column';
import { EMAIL_KINDS, WEEKDAYS, type EmailKind, type Weekday } from '@send/domain';
import { Check, Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { User } from '../auth/user.entity';

/** A person's choices about email: the kinds they turned off, and the day their weekly summary comes. No row: every kind on, Monday. */
@Entity()
@Check('notification_preference_kinds_check', `email_kinds_off <@ ARRAY[${EMAIL_KINDS.map((k) => `'${k}'`).join(', ')}]::text[]`)
@Check('notification_preference_digest_day_check', `digest_day IN (${WEEKDAYS.map((d) => `'${d}'`).join(', ')})`)
export class NotificationPreference {
  @LocalAreaColumn()
  localAreaId!: string;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: User;

  @Column({ type: 'text', array: true, default: '{}' })
  emailKindsOff!: EmailKind[];

  @Column({ type: 'text', default: 'monday' })
  digestDay!: Weekday;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
