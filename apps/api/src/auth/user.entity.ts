import { ROLES, type Role } from '@send/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/base.entity';
import { Organisation } from '../organisation/organisation.entity';
import { Person } from '../person/person.entity';
import { LocalArea } from '../local-area/local-area.entity';
import { School } from '../school-review/school.entity';

/**
 * Someone who signs in. Emails are stored lower-case (the check enforces it), so the unique index
 * makes them unique whatever case they were typed in.
 */
@Entity({ name: 'app_user' })
@Check('app_user_email_lower_check', 'email = lower(email)')
@Check('app_user_roles_check', `cardinality(roles) > 0 AND roles <@ ARRAY[${ROLES.map((r) => `'${r}'`).join(', ')}]::text[]`)
export class User extends BaseEntity {
  /** The local area the account belongs to and holds its roles in. */
  @Index()
  @Column({ type: 'uuid' })
  localAreaId!: string;

  @ManyToOne(() => LocalArea, { onDelete: 'RESTRICT' })
  @JoinColumn()
  localArea?: LocalArea;

  /** Administers the installation: creates local areas and their first administrators. */
  @Column({ type: 'boolean', default: false })
  installationAdmin!: boolean;

  @Index({ unique: true })
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  displayName!: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn()
  organisation?: Organisation | null;

  @Column({ type: 'text', array: true })
  roles!: Role[];

  /** The person record this user acts as when owning actions. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  personId!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn()
  person?: Person | null;

  /** A school's SENCO: the one school whose SEND review they read and write. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  schoolId!: string | null;

  @ManyToOne(() => School, { onDelete: 'SET NULL' })
  @JoinColumn()
  school?: School | null;

  /** An action owner granted every action of their organisation, not only their own. */
  @Column({ type: 'boolean', default: false })
  canEditOrganisationActions!: boolean;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** argon2id; null until a password is set. Never selected unless asked for by name. */
  @Column({ type: 'text', nullable: true, select: false })
  passwordHash?: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  passwordChangedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastSignedInAt!: Date | null;
}
