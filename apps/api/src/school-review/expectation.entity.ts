import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/base.entity';
import { LocalAreaColumn } from '../common/tenant-column';

/**
 * One edition of the local authority's expectations of every school's SEND provision. A new
 * edition is a new set of rows: reviews and audits keep pointing at the statements of theirs.
 */
@Entity()
@Index(['localAreaId', 'edition'], { unique: true })
export class ExpectationFramework extends BaseEntity {
  @LocalAreaColumn()
  localAreaId!: string;

  /** 1, 2, ...: the latest published edition is the current one. */
  @Column({ type: 'int' })
  edition!: number;

  @Column({ type: 'text' })
  title!: string;

  /** How the local authority names it, e.g. "2026/27". */
  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'date', nullable: true })
  publishedOn!: string | null;
}

/** A numbered area of the expectations, e.g. "1. Identifying the particular SEN of children and young people". */
@Entity()
@Index(['frameworkId', 'number'], { unique: true })
export class ExpectationArea extends BaseEntity {
  @LocalAreaColumn()
  localAreaId!: string;

  @Column({ type: 'uuid' })
  frameworkId!: string;

  @ManyToOne(() => ExpectationFramework, { onDelete: 'CASCADE' })
  @JoinColumn()
  framework?: ExpectationFramework;

  @Column({ type: 'int' })
  number!: number;

  @Column({ type: 'text' })
  title!: string;

  /** Paragraphs before the statements, where the area has them. */
  @Column({ type: 'text', nullable: true })
  introduction!: string | null;

  /** "The Local Authority will ...": what it undertakes itself in this area. */
  @Column({ type: 'text', nullable: true })
  localAuthorityIntroduction!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  localAuthorityCommitments!: string[];
}

/** One statement a school is held to ("Schools and settings will: ..."), in the order written. */
@Entity()
@Index(['areaId', 'number'], { unique: true })
export class ExpectationStatement extends BaseEntity {
  @LocalAreaColumn()
  localAreaId!: string;

  @Index()
  @Column({ type: 'uuid' })
  frameworkId!: string;

  @ManyToOne(() => ExpectationFramework, { onDelete: 'CASCADE' })
  @JoinColumn()
  framework?: ExpectationFramework;

  @Column({ type: 'uuid' })
  areaId!: string;

  @ManyToOne(() => ExpectationArea, { onDelete: 'CASCADE' })
  @JoinColumn()
  area?: ExpectationArea;

  /** Its place in the area, from 1. */
  @Column({ type: 'int' })
  number!: number;

  @Column({ type: 'text' })
  text!: string;
}
