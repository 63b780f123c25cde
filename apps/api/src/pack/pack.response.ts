import { PACK_STATE_LABELS } from '@send/domain';
import { PACK_FORMATS } from '../report/render/renderers';
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
    /**
     * Every file of the pack. Stored files carry their size and SHA-256; a draft's files other
     * than the board pack are rendered when downloaded, so theirs are null.
     */
    files: PACK_FORMATS.map((format) => {
      const stored = files.find((f) => f.name === format.name);
      return {
        name: format.name, title: format.title, contentType: format.contentType, size: stored?.size ?? null, sha256: stored?.sha256 ?? null,
        url: format.name === 'board-pack.pdf' ? `/api/packs/${pack.id}/board-pack.pdf` : `/api/packs/${pack.id}/files/${format.name}`,
      };
    }).filter((f) => f.sha256 !== null || pack.state === 'draft'),
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
