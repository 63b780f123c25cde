import { VOICE_RESPONSE_STATUSES, type VoiceResponseStatus } from '@send/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, OneToOne, PrimaryColumn } from 'typeorm';
import { Action } from '../action/action.entity';
import { User } from '../auth/user.entity';
import { BaseEntity } from '../common/base.entity';
import { LocalAreaColumn } from '../common/tenant-column';
import { VoiceItem } from './voice-item.entity';

/**
 * "We did": what the partnership changed (or plans to change) in answer to a voice item. One current
 * response an item; every edit is kept in the audit log.
 */
@Entity()
@Check('voice_response_status_check', `status IN (${VOICE_RESPONSE_STATUSES.map((s) => `'${s}'`).join(', ')})`)
export class VoiceResponse extends BaseEntity {
  @LocalAreaColumn()
  localAreaId!: string;

  /** One response an item (the one-to-one join keeps it unique). */
  @Column({ type: 'uuid' })
  voiceItemId!: string;

  @OneToOne(() => VoiceItem, (item) => item.response, { onDelete: 'CASCADE' })
  @JoinColumn()
  voiceItem?: VoiceItem;

  /** What changed, or what will. */
  @Column({ type: 'text' })
  whatChanged!: string;

  @Column({ type: 'date' })
  respondedOn!: string;

  @Column({ type: 'text' })
  status!: VoiceResponseStatus;

  /** Who last gave the response (the account), and their name as it was then. */
  @Column({ type: 'uuid', nullable: true })
  respondedByUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  respondedByUser?: User | null;

  @Column({ type: 'text' })
  respondedBy!: string;

  /** Made up for the demo, not reported by anyone. */
  @Column({ type: 'boolean', default: false })
  illustrative!: boolean;

  @OneToMany(() => VoiceResponseAction, (link) => link.voiceResponse)
  actionLinks?: VoiceResponseAction[];
}

/** An action through which the response was made. */
@Entity()
export class VoiceResponseAction {
  @PrimaryColumn({ type: 'uuid' })
  voiceResponseId!: string;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  actionId!: string;

  @LocalAreaColumn()
  localAreaId!: string;

  @ManyToOne(() => VoiceResponse, (response) => response.actionLinks, { onDelete: 'CASCADE' })
  @JoinColumn()
  voiceResponse?: VoiceResponse;

  @ManyToOne(() => Action, { onDelete: 'CASCADE' })
  @JoinColumn()
  action?: Action;
}
