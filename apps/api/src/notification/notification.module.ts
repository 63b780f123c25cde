import { Module } from '@nestjs/common';
import { EmailDeliveryService } from './email-delivery.service';
import { NotificationController, OutboxController } from './notification.controller';
import { NotificationService } from './notification.service';
import { OutboxService } from './outbox.service';
import { PreferenceController, UnsubscribeController } from './preference.controller';
import { PreferenceService } from './preference.service';
import { UnsubscribeTokenService } from './unsubscribe-token.service';

/** In-app notifications, email delivery (SMTP or the outbox), the delivery record, and each person's email choices. */
@Module({
  controllers: [NotificationController, OutboxController, PreferenceController, UnsubscribeController],
  providers: [NotificationService, EmailDeliveryService, OutboxService, PreferenceService, UnsubscribeTokenService],
  exports: [NotificationService],
})
export class NotificationModule {}
