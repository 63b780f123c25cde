import { ApiProperty } from '@nestjs/swagger';
import { EMAIL_KINDS, WEEKDAYS, type EmailKind, type Weekday } from '@send/domain';
import { EMAIL_STATUSES, type EmailStatus } from './email-message.entity';
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

/** Whether each kind of email is sent, one required flag per kind. */
export class EmailChoices {}
for (const kind of EMAIL_KINDS) ApiProperty({ type: Boolean })(EmailChoices.prototype, kind);

/** A kind of email with the words the settings page shows. */
export class EmailKindOption {
  @ApiProperty({ enum: EMAIL_KINDS, enumName: 'EmailKind' }) kind!: EmailKind;
  @ApiProperty({ example: 'Update reminders' }) label!: string;
}

/** The signed-in person's email choices. */
export class PreferencesResponse {
  @ApiProperty({ type: () => EmailChoices }) emails!: Record<EmailKind, boolean>;
  @ApiProperty({ enum: WEEKDAYS, enumName: 'Weekday' }) digestDay!: Weekday;
  @ApiProperty({ type: () => EmailKindOption, isArray: true, description: 'each kind with the words the settings page shows' }) kinds!: EmailKindOption[];
  @ApiProperty({ type: 'integer', description: '0 until first changed' }) version!: number;
}

/** What an unsubscribe link stops, and whether that kind of email is still sent. */
export class UnsubscribeResponse {
  @ApiProperty({ enum: EMAIL_KINDS, enumName: 'EmailKind' }) kind!: EmailKind;
  @ApiProperty({ example: 'Update reminders' }) label!: string;
  @ApiProperty() subscribed!: boolean;
}

/** An email sent or, without an SMTP server, written to the outbox. */
export class EmailResponse {
  @ApiId() id!: string;
  @ApiProperty({ enum: EMAIL_KINDS, enumName: 'EmailKind' }) kind!: EmailKind;
  @ApiProperty({ format: 'email' }) to!: string;
  @ApiId({ nullable: true }) userId!: string | null;
  @ApiId({ nullable: true }) planId!: string | null;
  @ApiProperty() subject!: string;
  @ApiProperty() text!: string;
  @ApiProperty() html!: string;
  @ApiProperty({ enum: EMAIL_STATUSES, enumName: 'EmailStatus' }) status!: EmailStatus;
  @ApiProperty({ type: 'integer' }) attempts!: number;
  @ApiProperty({ type: String, nullable: true, description: "the SMTP server's last answer" }) lastResponse!: string | null;
  @ApiDateTime() createdAt!: string;
  @ApiDateTime({ nullable: true }) deliveredAt!: string | null;
}
