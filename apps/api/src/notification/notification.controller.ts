import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Can } from '../auth/policy.decorator';
import { Actor, CurrentActor } from '../common/actor';
import { IdPipe } from '../common/uuid-param.pipe';
import { NotificationQueryDto, OutboxQueryDto } from './dto/notification.dto';
import { NotificationService } from './notification.service';
import { OutboxService } from './outbox.service';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationController {
  constructor(private readonly notifications: NotificationService) {}

  /** The signed-in person's notifications, newest first, with how many are unread. */
  @Get()
  @Can('signedIn')
  findNotifications(@Query() query: NotificationQueryDto, @CurrentActor() actor: Actor) {
    return this.notifications.findNotifications(actor, query);
  }

  /** How many are unread: the count in the header. */
  @Get('unread-count')
  @Can('signedIn')
  async countUnread(@CurrentActor() actor: Actor) {
    return { unread: await this.notifications.countUnread(actor) };
  }

  @Post('read-all')
  @HttpCode(200)
  @Can('signedIn')
  markAllRead(@CurrentActor() actor: Actor) {
    return this.notifications.markAllRead(actor);
  }

  @Post(':id/read')
  @HttpCode(200)
  @Can('signedIn')
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
  @Can('readOutbox')
  findEmails(@Query() query: OutboxQueryDto) {
    return this.outbox.findEmails(query);
  }
}
