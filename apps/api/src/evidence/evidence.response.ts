import { EVIDENCE_TYPE_LABELS } from '@send/domain';
import type { EvidenceFileRecord } from './evidence-file.entity';
import type { Evidence } from './evidence.entity';

export type EvidenceFileMeta = Pick<EvidenceFileRecord, 'fileName' | 'mimeType' | 'sizeBytes' | 'sha256'>;

export function toEvidenceResponse(evidence: Evidence, file: EvidenceFileMeta | null) {
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

export type EvidenceResponse = ReturnType<typeof toEvidenceResponse>;

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
