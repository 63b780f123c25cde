import { ApiProperty } from '@nestjs/swagger';
import { EVIDENCE_TYPE_LABELS, EVIDENCE_TYPES, type EvidenceType } from '@send/domain';
import { ApiDate, ApiDateTime, ApiId } from '../common/api-response';
import type { EvidenceFileRecord } from './evidence-file.entity';
import type { Evidence } from './evidence.entity';

export type EvidenceFileMeta = Pick<EvidenceFileRecord, 'fileName' | 'mimeType' | 'sizeBytes' | 'sha256'>;

/** An uploaded document, and where to download it. */
export class EvidenceFileDetail {
  @ApiProperty() name!: string;
  @ApiProperty({ example: 'application/pdf' }) mimeType!: string;
  @ApiProperty({ type: 'integer' }) sizeBytes!: number;
  @ApiProperty({ description: "the SHA-256 of the file's bytes, in hex" }) sha256!: string;
  @ApiProperty() downloadUrl!: string;
}

/** Who added an item: their account (gone when deleted) and the name shown. */
export class EvidenceAddedBy {
  @ApiId({ nullable: true }) id!: string | null;
  @ApiProperty() label!: string;
}

const EVIDENCE_KINDS = ['file', 'link'] as const;

export class EvidenceResponse {
  @ApiId() id!: string;
  @ApiId() actionId!: string;
  @ApiProperty({ enum: EVIDENCE_TYPES, enumName: 'EvidenceType' }) type!: EvidenceType;
  @ApiProperty() typeLabel!: string;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiDate({ nullable: true }) date!: string | null;
  @ApiProperty() demonstratesImpact!: boolean;
  @ApiProperty({ enum: EVIDENCE_KINDS, enumName: 'EvidenceKind', description: '`file` for an uploaded document, `link` for a URL' }) kind!: (typeof EVIDENCE_KINDS)[number];
  @ApiProperty({ type: String, nullable: true }) url!: string | null;
  @ApiProperty({ type: () => EvidenceFileDetail, nullable: true }) file!: EvidenceFileDetail | null;
  @ApiProperty({ type: () => EvidenceAddedBy }) addedBy!: EvidenceAddedBy;
  @ApiProperty({ description: 'made up for a demonstration' }) illustrative!: boolean;
  @ApiDateTime({ nullable: true }) archivedAt!: string | null;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiDateTime() createdAt!: string;
  @ApiDateTime() updatedAt!: string;
}

export function toEvidenceResponse(evidence: Evidence, file: EvidenceFileMeta | null): EvidenceResponse {
  return {
    id: evidence.id,
    actionId: evidence.actionId,
    type: evidence.type,
    typeLabel: EVIDENCE_TYPE_LABELS[evidence.type],
    title: evidence.title,
    description: evidence.description,
    date: evidence.evidenceDate,
    demonstratesImpact: evidence.demonstratesImpact,
    /** `file` for an uploaded document, `link` for a URL. */
    kind: file ? ('file' as const) : ('link' as const),
    url: evidence.url,
    file: file
      ? {
          name: file.fileName,
          mimeType: file.mimeType,
          sizeBytes: file.sizeBytes,
          sha256: file.sha256,
          downloadUrl: `/api/evidence/${evidence.id}/file`,
        }
      : null,
    addedBy: { id: evidence.addedById, label: evidence.addedByLabel },
    illustrative: evidence.illustrative,
    archivedAt: evidence.archivedAt?.toISOString() ?? null,
    version: evidence.version,
    createdAt: evidence.createdAt.toISOString(),
    updatedAt: evidence.updatedAt.toISOString(),
  };
}

/** What an audit event keeps of an evidence item: never the file's bytes, only what identifies them. */
export function toEvidenceAuditState(evidence: Evidence, file: EvidenceFileMeta | null) {
  return {
    actionId: evidence.actionId,
    type: evidence.type,
    title: evidence.title,
    description: evidence.description,
    date: evidence.evidenceDate,
    demonstratesImpact: evidence.demonstratesImpact,
    url: evidence.url,
    file: file ? { name: file.fileName, mimeType: file.mimeType, sizeBytes: file.sizeBytes, sha256: file.sha256 } : null,
    archivedAt: evidence.archivedAt?.toISOString() ?? null,
    version: evidence.version,
  };
}
