import type { ReadinessPack } from './readiness-pack.entity';

export const READINESS_PACK_STATE_LABELS = { draft: 'Draft', published: 'Published' } as const;

/** A monitoring evidence pack as listed: its day, who made and published it, its headline figures and its files. */
export function toReadinessPackResponse(pack: ReadinessPack) {
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

export type ReadinessPackResponse = ReturnType<typeof toReadinessPackResponse>;

export function toReadinessPackAuditState(pack: ReadinessPack) {
  return {
    state: pack.state, asAt: pack.asAt, generatedAt: pack.generatedAt.toISOString(), publishedAt: pack.publishedAt?.toISOString() ?? null,
    findings: pack.content.findings.length, counts: pack.content.counts, pdfSha256: pack.pdfSha256, docxSha256: pack.docxSha256, version: pack.version,
  };
}
