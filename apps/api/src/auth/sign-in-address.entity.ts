import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An address an account has signed in from, and when it last did. People behind a council's or a
 * hospital's one address share that address's throttle; an account that has signed in from it
 * before is not held back by others' failures there (its own failures still slow it down).
 */
@Entity()
export class SignInAddress {
  /** As typed at sign-in, lower-cased, as the throttle counts it. */
  @PrimaryColumn({ type: 'text' })
  email!: string;

  @PrimaryColumn({ type: 'text' })
  address!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastSignedInAt!: Date;
}
