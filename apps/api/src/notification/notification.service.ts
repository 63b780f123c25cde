import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EMAIL_KIND_LABELS, type EmailKind } from '@send/domain';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app.config';
import { JobQueueService } from '../job-queue/job-queue.service';
import { toPage } from '../common/pagination.dto';
import type { Actor } from '../common/actor';
import { NotificationQueryDto } from './dto/notification.dto';
import { EmailBlock, renderEmail } from './email-template';
import { DELIVER_EMAIL } from './email-delivery.service';
import { Notification } from './notification.entity';
import { UnsubscribeTokenService } from './unsubscribe-token.service';
import { NotificationPage, NotificationResponse, ReadCount, toNotificationResponse } from './notification.response';

/** One event told to one person: in the app always, and by email unless they turned that kind off. */
export interface Notice {
  userId: string;
  planId: string | null;
  kind: EmailKind;
  /** Names the event: the same key never notifies the same person twice. */
  eventKey: string;
  /** The in-app notification (and the email's subject). */
  title: string;
  body: string;
  /** A path in the web app. */
  link: string | null;
  email: { blocks: EmailBlock[]; reason: string };
}


/**
 * Tells people about events. `notify` writes the in-app notification, the email (once per event
 * key) and the job that delivers it, all in the caller's transaction, so an event that is rolled
 * back tells no one and one that is committed is delivered even if the process stops at once.
 */
@Injectable()
export class NotificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobQueueService,
    private readonly tokens: UnsubscribeTokenService,
  ) {}

  /** The address people open the app at, for links in what they are told. */
  get publicUrl(): string {
    return this.config.publicUrl;
  }

  /** Answers whether this call was the first for the event (false: already told, nothing written). */
  async notify(em: EntityManager, notice: Notice): Promise<boolean> {
    const inserted: { id: string }[] = await em.query(
      `INSERT INTO notification (user_id, plan_id, kind, event_key, title, body, link, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 1)
       ON CONFLICT (user_id, event_key) DO NOTHING RETURNING id`,
      [notice.userId, notice.planId, notice.kind, notice.eventKey, notice.title, notice.body, notice.link],
    );
    if (inserted.length === 0) return false;
    const [user]: { email: string; display_name: string; active: boolean; off: boolean }[] = await em.query(
      `SELECT u.email, u.display_name, u.active, coalesce($2 = ANY(p.email_kinds_off), false) AS off
         FROM app_user u LEFT JOIN notification_preference p ON p.user_id = u.id
        WHERE u.id = $1 AND u.local_area_id = ANY(app_local_area_ids())`,
      [notice.userId, notice.kind],
    );
    if (!user || !user.active || user.off) return true;
    const rendered = renderEmail({
      subject: notice.title,
      name: user.display_name,
      blocks: notice.email.blocks,
      footer: {
        reason: notice.email.reason,
        unsubscribeUrl: `${this.config.publicUrl}/unsubscribe?token=${await this.tokens.sign({ userId: notice.userId, kind: notice.kind })}`,
        settingsUrl: `${this.config.publicUrl}/settings/notifications`,
      },
    });
    const emails: { id: string }[] = await em.query(
      `INSERT INTO email_message (event_key, user_id, plan_id, kind, to_address, subject, text_body, html_body, status, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'queued', 1)
       ON CONFLICT (event_key) DO NOTHING RETURNING id`,
      [`${notice.eventKey}/${notice.userId}`, notice.userId, notice.planId, notice.kind, user.email, rendered.subject, rendered.text, rendered.html],
    );
    if (emails[0]) await this.jobs.send(DELIVER_EMAIL, { emailId: emails[0].id }, { em });
    return true;
  }

  /** Notifies each of several people in one transaction of its own. */
  async notifyAll(notices: Notice[]): Promise<number> {
    if (notices.length === 0) return 0;
    return this.dataSource.transaction(async (em) => {
      let told = 0;
      for (const notice of notices) if (await this.notify(em, notice)) told += 1;
      return told;
    });
  }

  async findNotifications(actor: Actor, query: NotificationQueryDto): Promise<NotificationPage> {
    const repo = this.dataSource.getRepository(Notification);
    const qb = repo.createQueryBuilder('n').where('n.user_id = :userId', { userId: actor.id });
    if (query.unread) qb.andWhere('n.read_at IS NULL');
    const [items, total] = await qb.orderBy('n.created_at', 'DESC').addOrderBy('n.id').offset((query.page - 1) * query.pageSize).limit(query.pageSize).getManyAndCount();
    return { ...toPage(items.map(toNotificationResponse), total, query), unread: await this.countUnread(actor) };
  }

  async countUnread(actor: Actor): Promise<number> {
    const [row] = await this.dataSource.query('SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND read_at IS NULL', [actor.id]);
    return row.n;
  }

  /** Marks one of the actor's notifications read (another person's is a 404, as if it did not exist). */
  async markRead(actor: Actor, id: string): Promise<NotificationResponse> {
    // An UPDATE answers [rows, count] through TypeORM.
    const [rows]: [unknown[], number] = await this.dataSource.query(
      `UPDATE notification SET read_at = coalesce(read_at, now()), updated_at = now(), version = version + 1
        WHERE id = $1 AND user_id = $2 RETURNING id`, [id, actor.id],
    );
    if (rows.length === 0) throw new NotFoundException({ message: `You have no notification with id ${id}`, errors: [] });
    return toNotificationResponse(await this.dataSource.getRepository(Notification).findOneByOrFail({ id }));
  }

  async markAllRead(actor: Actor): Promise<ReadCount> {
    const [, count] = await this.dataSource.query(
      `UPDATE notification SET read_at = now(), updated_at = now(), version = version + 1 WHERE user_id = $1 AND read_at IS NULL`, [actor.id],
    );
    return { read: Number(count) };
  }
}

export const emailKindLabel = (kind: EmailKind) => EMAIL_KIND_LABELS[kind];
