import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app.config';
import { JobQueueService } from '../job-queue/job-queue.service';
import type { EmailMessage } from './email-message.entity';

export const DELIVER_EMAIL = 'deliver-email';

export const OUTBOX_RESPONSE = 'Written to the outbox: no SMTP server is configured (SMTP_URL)';

/**
 * Delivers the emails `NotificationService` records, one job each: through the SMTP server in
 * SMTP_URL, or, without one, into the outbox (the same table, status `outbox`). A temporary
 * failure (a 4xx answer, or no connection) is recorded and retried with backoff by the queue; a
 * permanent refusal (5xx), or the last retry, marks the email failed with the server's answer.
 * An email leaves `queued`/`retrying` only through one claim, so it is never sent twice.
 */
@Injectable()
export class EmailDeliveryService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(EmailDeliveryService.name);
  private transport?: Transporter;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobQueueService,
  ) {}

  onModuleInit() {
    if (this.config.smtpUrl) {
      this.transport = createTransport(this.config.smtpUrl, { from: this.config.mailFrom });
      this.transport.set('disableFileAccess', true);
      this.transport.set('disableUrlAccess', true);
    }
    this.jobs.register<{ emailId: string }>(DELIVER_EMAIL, (data, job) => this.deliver(data.emailId, job.retryCount >= job.retryLimit), { retries: true });
  }

  onApplicationShutdown() {
    this.transport?.close();
  }

  /** One delivery attempt. Throws on a temporary failure, so that the queue tries again later. */
  async deliver(emailId: string, lastAttempt: boolean): Promise<void> {
    const [claimed]: [EmailRow[], number] = await this.dataSource.query(
      `UPDATE email_message SET status = 'sending', attempts = attempts + 1, updated_at = now(), version = version + 1
        WHERE id = $1 AND status IN ('queued', 'retrying')
        RETURNING id, to_address, subject, text_body, html_body`,
      [emailId],
    );
    const email = claimed[0];
    if (!email) return; // delivered, failed or in hand already
    if (!this.transport) {
      await this.finish(emailId, 'outbox', OUTBOX_RESPONSE, true);
      return;
    }
    try {
      const info = await this.transport.sendMail({
        from: this.config.mailFrom,
        to: email.to_address,
        subject: email.subject,
        text: email.text_body,
        html: email.html_body,
      });
      await this.finish(emailId, 'sent', String(info.response ?? 'accepted'), true);
    } catch (error) {
      const { response, responseCode, message } = error as { response?: string; responseCode?: number; message?: string };
      const answer = response ?? message ?? String(error);
      const permanent = typeof responseCode === 'number' && responseCode >= 500;
      if (permanent || lastAttempt) {
        this.logger.warn(`Email ${emailId} failed: ${answer}`);
        await this.finish(emailId, 'failed', answer, false);
        return;
      }
      this.logger.log(`Email ${emailId} will be retried: ${answer}`);
      await this.finish(emailId, 'retrying', answer, false);
      throw error;
    }
  }

  private async finish(emailId: string, status: EmailMessage['status'], response: string, delivered: boolean) {
    await this.dataSource.query(
      `UPDATE email_message SET status = $2, last_response = $3, delivered_at = CASE WHEN $4 THEN now() ELSE delivered_at END,
              updated_at = now(), version = version + 1
        WHERE id = $1`,
      [emailId, status, response.slice(0, 2000), delivered],
    );
  }
}

interface EmailRow {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
}
