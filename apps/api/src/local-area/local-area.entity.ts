import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../common/base.entity';

/**
 * A local area SEND partnership: the tenant. It owns its plans, organisations, people, governance
 * bodies, imports and everything below them; every account belongs to one.
 */
@Entity()
export class LocalArea extends BaseEntity {
  @Column({ type: 'text' })
  name!: string;

  @Index({ unique: true })
  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'text', default: '' })
  councilName!: string;

  @Column({ type: 'text', default: '' })
  icbName!: string;
}
