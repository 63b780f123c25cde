import { Module } from '@nestjs/common';
import { EmailDeliveryService } from './email-delivery.service';
import { NotificationController, OutboxController } from './notification.controller';
import { NotificationService } from './notification.service';
import { OutboxService } from './outbox.service';
import { UnsubscribeTokenService } from './unsubscribe-token.service';

/** In-app notifications, email delivery (SMTP or the outbox) and the delivery record. */
@Module({
  controllers: [NotificationController, OutboxController],
  providers: [NotificationService, EmailDeliveryService, OutboxService, UnsubscribeTokenService],
  exports: [NotificationService],
})
export class NotificationModule {}
