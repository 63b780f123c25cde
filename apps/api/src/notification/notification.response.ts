import { ApiProperty } from '@nestjs/swagger';
import { ApiDateTime, ApiId, PageOf } from '../common/api-response';
import type { Notification } from './notification.entity';

/** A notice in the signed-in person's list. */
export class NotificationResponse {
  @ApiId() id!: string;
  @ApiProperty({ example: 'update_returned' }) kind!: string;
  @ApiProperty() title!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ type: String, nullable: true, description: 'the page in the app it is about' }) link!: string | null;
  @ApiId({ nullable: true }) planId!: string | null;
  @ApiDateTime() createdAt!: string;
  @ApiDateTime({ nullable: true }) readAt!: string | null;
}

/** A page of notifications, newest first, with how many are unread in all. */
export class NotificationPage extends PageOf(NotificationResponse) {
  @ApiProperty({ type: 'integer' }) unread!: number;
}

export class UnreadCount {
  @ApiProperty({ type: 'integer' }) unread!: number;
}

export class ReadCount {
  @ApiProperty({ type: 'integer', description: 'how many were marked read' }) read!: number;
}

export const toNotificationResponse = (n: Notification): NotificationResponse => ({
  id: n.id, kind: n.kind, title: n.title, body: n.body, link: n.link, planId: n.planId,
  createdAt: n.createdAt.toISOString(), readAt: n.readAt?.toISOString() ?? null,
});
