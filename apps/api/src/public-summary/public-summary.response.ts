import { ApiProperty } from '@nestjs/swagger';
import type { PublicSummaryContent } from '@send/domain';
import { ApiDate, ApiDateTime, ApiId } from '../common/api-response';

/*
 * The public summary's answers as the OpenAPI document describes them. Its content is frozen when
 * published (the domain's PublicSummaryContent, schema version 1), so these classes describe that shape.
 */

export class PublicLocalArea {
  @ApiProperty() name!: string;
  @ApiProperty({ example: 'plymouth' }) slug!: string;
}

export class PublicPlanRef {
  @ApiId() id!: string;
  @ApiProperty() title!: string;
}

export class PublicProgressCountsResponse {
  @ApiProperty({ type: 'integer' }) actions!: number;
  @ApiProperty({ type: 'integer' }) complete!: number;
  @ApiProperty({ type: 'integer' }) onTrack!: number;
  @ApiProperty({ type: 'integer', description: 'at risk or off track' }) needsWork!: number;
  @ApiProperty({ type: 'integer' }) notStarted!: number;
  @ApiProperty({ type: 'integer', description: 'done, and shown to have made a difference' }) impactEvidenced!: number;
  @ApiProperty({ type: 'integer' }) overdue!: number;
}

export class PublicPriorityAreaResponse {
  @ApiProperty({ type: 'integer' }) number!: number;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'its progress in a sentence' }) summary!: string;
}

export class PublicSinceLastBoard {
  @ApiDate({ nullable: true, description: 'the day of the last board meeting, or null when there has been none' }) boardDate!: string | null;
  @ApiProperty({ type: String, isArray: true }) sentences!: string[];
}

export class PublicVoiceItemResponse {
  @ApiProperty() youSaid!: string;
  @ApiProperty() weDid!: string;
}

/** What a published summary holds: counts and plain sentences, never names, drafts, risks, evidence or case audits. */
export class PublicSummaryContentResponse implements PublicSummaryContent {
  @ApiProperty({ type: 'integer', enum: [1] }) schemaVersion!: 1;
  @ApiProperty({ type: () => PublicLocalArea }) localArea!: PublicLocalArea;
  @ApiProperty({ type: () => PublicPlanRef }) plan!: PublicPlanRef;
  @ApiDate({ description: 'the day the figures are for' }) asAt!: string;
  @ApiProperty({ type: String, isArray: true }) headline!: string[];
  @ApiProperty({ type: () => PublicProgressCountsResponse }) progress!: PublicProgressCountsResponse;
  @ApiProperty({ type: () => PublicPriorityAreaResponse, isArray: true }) priorityAreas!: PublicPriorityAreaResponse[];
  @ApiProperty({ type: () => PublicSinceLastBoard }) sinceLastBoard!: PublicSinceLastBoard;
  @ApiProperty({ type: () => PublicVoiceItemResponse, isArray: true }) youSaidWeDid!: PublicVoiceItemResponse[];
}

/** What the public routes answer: the frozen content and its version, never who published it. */
export class PublishedSummary {
  @ApiId() planId!: string;
  @ApiProperty({ type: 'integer' }) versionNumber!: number;
  @ApiDateTime() publishedAt!: string;
  @ApiProperty({ type: () => PublicSummaryContentResponse }) content!: PublicSummaryContent;
}

/** Who published a version: their account (gone when deleted) and the name shown. */
export class PublicSummaryPublisher {
  @ApiId({ nullable: true }) id!: string | null;
  @ApiProperty() label!: string;
}

export class PublicSummaryVersion {
  @ApiId() id!: string;
  @ApiProperty({ type: 'integer' }) versionNumber!: number;
  @ApiDateTime() publishedAt!: string;
  @ApiProperty({ type: () => PublicSummaryPublisher }) publishedBy!: PublicSummaryPublisher;
}

/** The versions published so far (latest first), and what would be published now. */
export class PublicSummaryOverview {
  @ApiId() planId!: string;
  @ApiProperty({ type: () => PublicSummaryVersion, isArray: true }) versions!: PublicSummaryVersion[];
  @ApiProperty({ type: () => PublicSummaryContentResponse }) preview!: PublicSummaryContent;
}

/** A version just published, with who published it. */
export class PublishedSummaryVersion extends PublishedSummary {
  @ApiId() id!: string;
  @ApiProperty({ type: () => PublicSummaryPublisher }) publishedBy!: PublicSummaryPublisher;
}
