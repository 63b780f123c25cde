import { LocalAreaColumn } from '../common/tenant-column';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../common/base.entity';

export const ORGANISATION_KINDS = ['council', 'nhs_icb', 'nhs_provider', 'parent_carer_forum', 'school', 'trust', 'voluntary', 'other'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** A partner in the local area partnership: a council service, an NHS body, a school, the forum. */
@Index(['localAreaId', 'key'], { unique: true })
@Entity()
export class Organisation extends BaseEntity {
  /** The local area the row belongs to (row-level security compares it with the reader's). */
  @LocalAreaColumn()
  localAreaId!: string;

  @Column({ type: 'text' })
  key!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: OrganisationKind;
}
