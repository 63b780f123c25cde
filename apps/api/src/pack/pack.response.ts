import { ApiProperty } from '@nestjs/swagger';
import { PACK_STATE_LABELS, PACK_STATES, type DeliveryStatus, type ImpactStatus, type PackState } from '@send/domain';
import { ApiDateTime, ApiId, DeliveryStatusCounts, ImpactStatusCounts } from '../common/api-response';
import { PlanSnapshotResponse } from '../report/plan-snapshot.response';
import { PACK_FORMATS } from '../report/render/renderers';
import type { PackFile } from './pack-file.entity';
import type { Pack } from './pack.entity';

export class PackMeetingBody {
  @ApiId() id!: string;
  @ApiProperty() name!: string;
}

/** The meeting a pack is for, as its snapshot recorded it. */
export class PackMeeting {
  @ApiId() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, format: 'date' }) meetingDate!: string;
  @ApiProperty({ type: () => PackMeetingBody }) body!: PackMeetingBody;
}

/** Who generated or published a pack: their account (gone when deleted) and the name shown. */
export class PackActor {
  @ApiId({ nullable: true }) id!: string | null;
  @ApiProperty({ type: String, nullable: true }) label!: string | null;
}

/** The headline figures, for a list or a preview without opening the files. */
export class PackHeadline {
  @ApiProperty({ type: 'integer' }) actions!: number;
  @ApiProperty({ type: () => ImpactStatusCounts }) byImpactStatus!: Record<ImpactStatus, number>;
  @ApiProperty({ type: () => DeliveryStatusCounts }) byDeliveryStatus!: Record<DeliveryStatus, number>;
  @ApiProperty({ type: 'integer' }) overdue!: number;
  @ApiProperty({ type: 'integer' }) openDecisions!: number;
  @ApiProperty({ enum: ['current', 'as_at'], enumName: 'SnapshotStatusBasis' }) statusBasis!: 'current' | 'as_at';
}

/** A file of a pack. Stored files carry their size and SHA-256; a draft's files other than the board pack are rendered when downloaded, so theirs are null. */
export class PackFileResponse {
  @ApiProperty({ example: 'board-pack.pdf' }) name!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ example: 'application/pdf' }) contentType!: string;
  @ApiProperty({ type: 'integer', nullable: true }) size!: number | null;
  @ApiProperty({ type: String, nullable: true }) sha256!: string | null;
  @ApiProperty() url!: string;
}

export class PackResponse {
  @ApiId() id!: string;
  @ApiId() planId!: string;
  @ApiProperty({ type: () => PackMeeting, nullable: true }) meeting!: PackMeeting | null;
  @ApiProperty({ enum: PACK_STATES, enumName: 'PackState' }) state!: PackState;
  @ApiProperty() stateLabel!: string;
  @ApiDateTime() generatedAt!: string;
  @ApiProperty({ type: () => PackActor }) generatedBy!: PackActor;
  @ApiDateTime({ description: 'the moment the figures describe' }) asAt!: string;
  @ApiDateTime({ nullable: true }) publishedAt!: string | null;
  @ApiProperty({ type: () => PackActor, nullable: true }) publishedBy!: PackActor | null;
  @ApiProperty({ type: () => PackHeadline }) headline!: PackHeadline;
  @ApiProperty({ type: () => PackFileResponse, isArray: true }) files!: PackFileResponse[];
  @ApiProperty({ type: 'integer' }) version!: number;
}

export class PackList {
  @ApiProperty({ type: () => PackResponse, isArray: true }) items!: PackResponse[];
  @ApiProperty({ type: 'integer' }) total!: number;
}

/** A pack with the snapshot it was rendered from, for a preview. */
export class PackDetailResponse extends PackResponse {
  @ApiProperty({ type: () => PlanSnapshotResponse }) snapshot!: PlanSnapshotResponse;
}

export function toPackResponse(pack: Pack, files: PackFile[]): PackResponse {
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

export function toPackAuditState(pack: Pack, files: { name: string; sha256: string }[]) {
  return {
    meetingId: pack.meetingId, state: pack.state, asAt: pack.asAt.toISOString(), generatedAt: pack.generatedAt.toISOString(),
    publishedAt: pack.publishedAt?.toISOString() ?? null, files: files.map((f) => ({ name: f.name, sha256: f.sha256 })), version: pack.version,
  };
}
