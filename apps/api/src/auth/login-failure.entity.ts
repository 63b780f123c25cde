import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A failed sign-in, counted per email typed and per client address to throttle guessing. Kept in
 * PostgreSQL so that every instance of the API counts the same failures.
 */
@Entity()
@Index(['email', 'occurredAt'])
@Index(['address', 'occurredAt'])
@Index('IDX_login_failure_email_address', ['email', 'address', 'occurredAt'])
export class LoginFailure {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  /** As typed, lower-cased: it may name no account. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  address!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt!: Date;
}
