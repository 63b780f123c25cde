import { ApiProperty } from '@nestjs/swagger';
import type { ReadinessJudgement } from '@send/domain';
import { ApiDate, ApiDateTime, ApiId } from '../common/api-response';
import { ReadinessJudgementCounts } from '../inspection/readiness.response';
import { READINESS_PACK_STATES, type ReadinessPack, type ReadinessPackState } from './readiness-pack.entity';

export const READINESS_PACK_STATE_LABELS = { draft: 'Draft', published: 'Published' } as const;

/** Who generated or published a pack: their account (gone when deleted) and the name shown. */
export class ReadinessPackActor {
  @ApiId({ nullable: true }) id!: string | null;
  @ApiProperty({ type: String, nullable: true }) label!: string | null;
}

export class ReadinessPackHeadline {
  @ApiProperty({ type: 'integer' }) findings!: number;
  @ApiProperty({ type: () => ReadinessJudgementCounts }) counts!: Record<ReadinessJudgement, number>;
  @ApiProperty({ type: 'integer' }) findingsWithGaps!: number;
}

export class ReadinessPackFile {
  @ApiProperty({ example: 'readiness.pdf' }) name!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true, description: "the SHA-256 of the file's bytes, once published" }) sha256!: string | null;
  @ApiProperty() url!: string;
}

/** A monitoring evidence pack as listed: its day, who made and published it, its headline figures and its files. */
export class ReadinessPackResponse {
  @ApiId() id!: string;
  @ApiId() planId!: string;
  @ApiProperty({ enum: READINESS_PACK_STATES, enumName: 'ReadinessPackState' }) state!: ReadinessPackState;
  @ApiProperty() stateLabel!: string;
  @ApiDate({ description: 'the day the pack describes' }) asAt!: string;
  @ApiDateTime() generatedAt!: string;
  @ApiProperty({ type: () => ReadinessPackActor }) generatedBy!: ReadinessPackActor;
  @ApiDateTime({ nullable: true }) publishedAt!: string | null;
  @ApiProperty({ type: () => ReadinessPackActor, nullable: true }) publishedBy!: ReadinessPackActor | null;
  @ApiProperty({ type: () => ReadinessPackHeadline }) headline!: ReadinessPackHeadline;
  @ApiProperty({ type: () => ReadinessPackFile, isArray: true }) files!: ReadinessPackFile[];
  @ApiProperty({ type: 'integer' }) version!: number;
}

export class ReadinessPackList {
  @ApiProperty({ type: () => ReadinessPackResponse, isArray: true, description: 'newest first' }) items!: ReadinessPackResponse[];
  @ApiProperty({ type: 'integer' }) total!: number;
}

export function toReadinessPackResponse(pack: ReadinessPack): ReadinessPackResponse {
  const c = pack.content;
  const file = (format: 'pdf' | 'docx', sha256: string | null) => ({
    name: `readiness.${format}`,
    title: format === 'pdf' ? 'Monitoring evidence pack (PDF)' : 'Monitoring evidence pack (Word)',
    sha256,
    url: `/api/readiness-packs/${pack.id}/readiness.${format}`,
  });
  return {
    id: pack.id,
    planId: pack.planId,
    state: pack.state,
    stateLabel: READINESS_PACK_STATE_LABELS[pack.state],
    asAt: pack.asAt,
    generatedAt: pack.generatedAt.toISOString(),
    generatedBy: { id: pack.generatedById, label: pack.generatedByLabel },
    publishedAt: pack.publishedAt?.toISOString() ?? null,
    publishedBy: pack.publishedAt ? { id: pack.publishedById, label: pack.publishedByLabel } : null,
    headline: { findings: c.findings.length, counts: c.counts, findingsWithGaps: c.findingsWithGaps },
    files: [file('pdf', pack.pdfSha256), file('docx', pack.docxSha256)],
    version: pack.version,
  };
}

export function toReadinessPackAuditState(pack: ReadinessPack) {
  return {
    state: pack.state, asAt: pack.asAt, generatedAt: pack.generatedAt.toISOString(), publishedAt: pack.publishedAt?.toISOString() ?? null,
    findings: pack.content.findings.length, counts: pack.content.counts, pdfSha256: pack.pdfSha256, docxSha256: pack.docxSha256, version: pack.version,
  };
}
