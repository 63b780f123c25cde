import { LocalAreaColumn } from '../common/tenant-column';
import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../auth/user.entity';
import { GovernanceBody } from './governance-body.entity';

/** A member of a governance body: told by email when the body's pack is published. */
@Entity()
export class GovernanceBodyMember {
  @LocalAreaColumn()
  localAreaId!: string;

  @PrimaryColumn({ type: 'uuid' })
  bodyId!: string;

  @ManyToOne(() => GovernanceBody, { onDelete: 'CASCADE' })
  @JoinColumn()
  body?: GovernanceBody;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
