import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A random secret for signing links sent by email (unsubscribe), made the first time one is needed
 * and shared by every instance of the API through the database.
 */
@Entity()
export class SigningSecret {
  @PrimaryColumn({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  secret!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
