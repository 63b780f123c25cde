import { VOICE_KINDS, VOICE_OF, VOICE_SOURCES, type VoiceKind, type VoiceOf, type VoiceSource } from '@send/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, OneToOne, PrimaryColumn } from 'typeorm';
import { Action } from '../action/action.entity';
import { BaseEntity } from '../common/base.entity';
import { LocalAreaColumn } from '../common/tenant-column';
import { Plan } from '../plan/plan.entity';
import { PriorityArea } from '../priority-area/priority-area.entity';
import type { VoiceResponse } from './voice-response.entity';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * "You said": something children, young people, parent carers or practitioners told the
 * partnership, heard through a survey, a forum, a complaint… and linked to the priority areas and
 * actions it concerns. (Links to inspection findings will sit beside these, in a table of their own.)
 */
@Entity()
@Index(['planId', 'heardOn'])
@Check('voice_item_source_check', `source IN (${list(VOICE_SOURCES)})`)
@Check('voice_item_voice_of_check', `voice_of IN (${list(VOICE_OF)})`)
@Check('voice_item_kind_check', `kind IN (${list(VOICE_KINDS)})`)
@Check('voice_item_cohort_size_check', 'cohort_size IS NULL OR cohort_size >= 1')
export class VoiceItem extends BaseEntity {
  /** The local area the row belongs to (row-level security compares it with the reader's). */
  @LocalAreaColumn()
  localAreaId!: string;

  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn()
  plan?: Plan;

  @Column({ type: 'text' })
  source!: VoiceSource;

  /** Whose voice it is. */
  @Column({ type: 'text' })
  voiceOf!: VoiceOf;

  @Column({ type: 'date' })
  heardOn!: string;

  /** How many people the words stand for (respondents to the survey, members of the group), when known. */
  @Column({ type: 'int', nullable: true })
  cohortSize!: number | null;

  @Column({ type: 'text' })
  kind!: VoiceKind;

  /** The words: a quote or a finding. */
  @Column({ type: 'text' })
  words!: string;

  /** Where they come from, e.g. "Plymouth Parent Carer Voice survey 2024". */
  @Column({ type: 'text', default: '' })
  sourceTitle!: string;

  /** Made up for the demo, not heard from anyone (see the seed's README). */
  @Column({ type: 'boolean', default: false })
  illustrative!: boolean;

  @OneToMany(() => VoiceItemPriorityArea, (link) => link.voiceItem)
  priorityAreaLinks?: VoiceItemPriorityArea[];

  @OneToMany(() => VoiceItemAction, (link) => link.voiceItem)
  actionLinks?: VoiceItemAction[];

  @OneToOne('VoiceResponse', (response: VoiceResponse) => response.voiceItem)
  response?: VoiceResponse | null;
}

/** A priority area a voice item concerns. */
@Entity()
export class VoiceItemPriorityArea {
  @PrimaryColumn({ type: 'uuid' })
  voiceItemId!: string;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  priorityAreaId!: string;

  @LocalAreaColumn()
  localAreaId!: string;

  @ManyToOne(() => VoiceItem, (item) => item.priorityAreaLinks, { onDelete: 'CASCADE' })
  @JoinColumn()
  voiceItem?: VoiceItem;

  @ManyToOne(() => PriorityArea, { onDelete: 'CASCADE' })
  @JoinColumn()
  priorityArea?: PriorityArea;
}

/** An action a voice item concerns: its owners may say what was done about it. */
@Entity()
export class VoiceItemAction {
  @PrimaryColumn({ type: 'uuid' })
  voiceItemId!: string;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  actionId!: string;

  @LocalAreaColumn()
  localAreaId!: string;

  @ManyToOne(() => VoiceItem, (item) => item.actionLinks, { onDelete: 'CASCADE' })
  @JoinColumn()
  voiceItem?: VoiceItem;

  @ManyToOne(() => Action, { onDelete: 'CASCADE' })
  @JoinColumn()
  action?: Action;
}
