import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Page, toPage } from '../common/pagination.dto';
import { OutboxQueryDto } from './dto/notification.dto';
import { EmailMessage } from './email-message.entity';

import { EmailResponse } from './notification.response';

export const toEmailResponse = (e: EmailMessage): EmailResponse => ({
  id: e.id, kind: e.kind, to: e.toAddress, userId: e.userId, planId: e.planId, subject: e.subject, text: e.textBody, html: e.htmlBody,
  status: e.status, attempts: e.attempts, lastResponse: e.lastResponse, createdAt: e.createdAt.toISOString(), deliveredAt: e.deliveredAt?.toISOString() ?? null,
});

/** Every email the product has sent or would send, newest first: the outbox, and the delivery record. */
@Injectable()
export class OutboxService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findEmails(query: OutboxQueryDto): Promise<Page<EmailResponse>> {
    const [items, total] = await this.dataSource.getRepository(EmailMessage).findAndCount({
      where: query.status ? { status: query.status } : {},
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return toPage(items.map(toEmailResponse), total, query);
  }
}
