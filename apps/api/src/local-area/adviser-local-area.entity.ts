import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../auth/user.entity';
import { LocalArea } from './local-area.entity';

/** A local area an adviser (DfE, NHS England) is given to read, beside their own. */
@Entity()
export class AdviserLocalArea {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'uuid' })
  localAreaId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: User;

  @ManyToOne(() => LocalArea, { onDelete: 'CASCADE' })
  @JoinColumn()
  localArea?: LocalArea;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
