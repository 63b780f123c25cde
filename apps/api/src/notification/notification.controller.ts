import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Can } from '../auth/policy.decorator';
import { Actor, CurrentActor } from '../common/actor';
import { PageOf } from '../common/api-response';
import { IdPipe } from '../common/uuid-param.pipe';
import { NotificationQueryDto, OutboxQueryDto } from './dto/notification.dto';
import { EmailResponse, NotificationPage, NotificationResponse, ReadCount, UnreadCount } from './notification.response';
import { NotificationService } from './notification.service';
import { OutboxService } from './outbox.service';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationController {
  constructor(private readonly notifications: NotificationService) {}

  /** The signed-in person's notifications, newest first, with how many are unread. */
  @Get()
  @Can('signedIn')
  @ApiOkResponse({ type: NotificationPage })
  findNotifications(@Query() query: NotificationQueryDto, @CurrentActor() actor: Actor) {
    return this.notifications.findNotifications(actor, query);
  }

  /** How many are unread: the count in the header. */
  @Get('unread-count')
  @Can('signedIn')
  @ApiOkResponse({ type: UnreadCount })
  async countUnread(@CurrentActor() actor: Actor): Promise<UnreadCount> {
    return { unread: await this.notifications.countUnread(actor) };
  }

  @Post('read-all')
  @HttpCode(200)
  @Can('signedIn')
  @ApiOkResponse({ type: ReadCount })
  markAllRead(@CurrentActor() actor: Actor) {
    return this.notifications.markAllRead(actor);
  }

  @Post(':id/read')
  @HttpCode(200)
  @Can('signedIn')
  @ApiOkResponse({ type: NotificationResponse })
  markRead(@Param('id', IdPipe) id: string, @CurrentActor() actor: Actor) {
    return this.notifications.markRead(actor, id);
  }
}

@ApiTags('notifications')
@Controller('outbox')
export class OutboxController {
  constructor(private readonly outbox: OutboxService) {}

  /** Every email sent or, without an SMTP server, written to the outbox: for administrators. */
  @Get()
  @ApiOkResponse({ type: PageOf(EmailResponse) })
  @Can('readOutbox')
  findEmails(@Query() query: OutboxQueryDto) {
    return this.outbox.findEmails(query);
  }
}
