import { LocalAreaColumn } from '../common/tenant-column';
import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Plan } from '../plan/plan.entity';

/** How many days before each update deadline a plan's owners are reminded. No row: 7 and 2 days. */
@Entity()
export class PlanReminderSetting {
  @LocalAreaColumn()
  localAreaId!: string;

  @PrimaryColumn({ type: 'uuid' })
  planId!: string;

  @OneToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn()
  plan?: Plan;

  @Column({ type: 'int', array: true })
  reminderDays!: number[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
