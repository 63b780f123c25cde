import { PACK_STATE_LABELS } from '@send/domain';
import type { PackFile } from './pack-file.entity';
import type { Pack } from './pack.entity';

export function toPackResponse(pack: Pack, files: PackFile[]) {
  const s = pack.snapshot;
  return {
    id: pack.id,
    planId: pack.planId,
    meeting: s.meeting ? { id: s.meeting.id, title: s.meeting.title, meetingDate: s.meeting.meetingDate, body: { id: s.meeting.body.id, name: s.meeting.body.name } } : null,
    state: pack.state,
    stateLabel: PACK_STATE_LABELS[pack.state],
    generatedAt: pack.generatedAt.toISOString(),
    generatedBy: { id: pack.generatedById, label: pack.generatedByLabel },
    asAt: pack.asAt.toISOString(),
    publishedAt: pack.publishedAt?.toISOString() ?? null,
    publishedBy: pack.publishedAt ? { id: pack.publishedById, label: pack.publishedByLabel } : null,
    /** The headline figures, for a list or a preview without opening the files. */
    headline: {
      actions: s.totals.actions,
      byImpactStatus: s.totals.byImpactStatus,
      byDeliveryStatus: s.totals.byDeliveryStatus,
      overdue: s.totals.overdue,
      openDecisions: s.decisions.open.length,
      statusBasis: s.statusBasis,
    },
    files: files.map((f) => ({ name: f.name, contentType: f.contentType, size: f.size, sha256: f.sha256, url: `/api/packs/${pack.id}/files/${f.name}` })),
    version: pack.version,
  };
}

export type PackResponse = ReturnType<typeof toPackResponse>;

export function toPackAuditState(pack: Pack, files: { name: string; sha256: string }[]) {
  return {
    meetingId: pack.meetingId, state: pack.state, asAt: pack.asAt.toISOString(), generatedAt: pack.generatedAt.toISOString(),
    publishedAt: pack.publishedAt?.toISOString() ?? null, files: files.map((f) => ({ name: f.name, sha256: f.sha256 })), version: pack.version,
  };
}
