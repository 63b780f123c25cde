import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../common/base.entity';

export const ORGANISATION_KINDS = ['council', 'nhs_icb', 'nhs_provider', 'parent_carer_forum', 'school', 'trust', 'voluntary', 'other'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** A partner in the local area partnership: a council service, an NHS body, a school, the forum. */
@Entity()
export class Organisation extends BaseEntity {
  @Index({ unique: true })
  @Column({ type: 'text' })
  key!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: OrganisationKind;
}
