import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_DIGEST_DAY, EMAIL_KIND_LABELS, EMAIL_KINDS, type EmailKind, type Weekday } from '@send/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { runInLocalAreas } from '../db/local-area-context';
import { assertCurrentVersion } from '../common/versioning';
import { UpdatePreferencesDto } from './dto/preference.dto';
import { NotificationPreference } from './notification-preference.entity';
import { UnsubscribeTokenService, type UnsubscribeClaim } from './unsubscribe-token.service';

import { PreferencesResponse, UnsubscribeResponse } from './notification.response';

const toResponse = (p: NotificationPreference | null): PreferencesResponse => ({
  emails: Object.fromEntries(EMAIL_KINDS.map((k) => [k, !(p?.emailKindsOff ?? []).includes(k)])) as Record<EmailKind, boolean>,
  digestDay: p?.digestDay ?? DEFAULT_DIGEST_DAY,
  kinds: EMAIL_KINDS.map((kind) => ({ kind, label: EMAIL_KIND_LABELS[kind] })),
  version: p?.version ?? 0,
});

const auditState = (p: NotificationPreference | null) => ({ emailKindsOff: p?.emailKindsOff ?? [], digestDay: p?.digestDay ?? DEFAULT_DIGEST_DAY });

/** Each person's email choices, changed by them when signed in, or one kind at a time from an unsubscribe link. */
@Injectable()
export class PreferenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly tokens: UnsubscribeTokenService,
  ) {}

  async getPreferences(userId: string): Promise<PreferencesResponse> {
    return toResponse(await this.dataSource.getRepository(NotificationPreference).findOneBy({ userId }));
  }

  async updatePreferences(actor: Actor, dto: UpdatePreferencesDto): Promise<PreferencesResponse> {
    const userId = actor.id as string;
    await this.dataSource.transaction(async (em) => {
      const current = await this.lock(em, userId);
      if (dto.version !== undefined && dto.version !== (current?.version ?? 0)) {
        assertCurrentVersion({ version: current?.version ?? 0 }, dto.version, () => toResponse(current));
      }
      const off = new Set(current?.emailKindsOff ?? []);
      for (const kind of EMAIL_KINDS) {
        const choice = dto.emails?.[kind];
        if (choice === true) off.delete(kind);
        if (choice === false) off.add(kind);
      }
      await this.save(em, actor, userId, current, EMAIL_KINDS.filter((k) => off.has(k)), dto.digestDay ?? current?.digestDay ?? DEFAULT_DIGEST_DAY, 'update');
    });
    return this.getPreferences(userId);
  }

  /** What an unsubscribe link would stop, for the page that asks to confirm. */
  async describeUnsubscribe(token: string): Promise<UnsubscribeResponse> {
    const claim = await this.tokens.verify(token);
    return this.inLocalAreaOf(claim.userId, () => this.describe(claim));
  }

  private async describe(claim: UnsubscribeClaim): Promise<UnsubscribeResponse> {
    const preferences = await this.getPreferences(claim.userId);
    return { kind: claim.kind, label: EMAIL_KIND_LABELS[claim.kind], subscribed: preferences.emails[claim.kind] };
  }

  /** Stops the one kind of email the link names, for the one person it was sent to. */
  async unsubscribe(token: string): Promise<UnsubscribeResponse> {
    const claim = await this.tokens.verify(token);
    return this.inLocalAreaOf(claim.userId, () => this.stop(claim));
  }

  private async stop(claim: UnsubscribeClaim): Promise<UnsubscribeResponse> {
    await this.dataSource.transaction(async (em) => {
      const current = await this.lock(em, claim.userId);
      const off = new Set(current?.emailKindsOff ?? []);
      if (off.has(claim.kind)) return;
      off.add(claim.kind);
      const actor: Actor = { id: claim.userId, label: 'unsubscribe link', roles: [], organisationId: null, personId: null };
      await this.save(em, actor, claim.userId, current, EMAIL_KINDS.filter((k) => off.has(k)), current?.digestDay ?? DEFAULT_DIGEST_DAY, 'unsubscribe');
    });
    return { kind: claim.kind, label: EMAIL_KIND_LABELS[claim.kind], subscribed: false };
  }

  /** A link is followed by no one signed in: its work is done in the local area of the person it was sent to. */
  private async inLocalAreaOf<T>(userId: string, work: () => Promise<T>): Promise<T> {
    const [user]: { local_area_id: string }[] = await this.dataSource.query('SELECT local_area_id FROM app_user WHERE id = $1', [userId]);
    if (!user) throw new NotFoundException({ message: 'There is no such account', errors: [] });
    return runInLocalAreas([user.local_area_id], work);
  }

  private async lock(em: EntityManager, userId: string) {
    // The person's row is the lock, so that two changes at once queue up (there may be no preference row yet).
    const [user] = await em.query('SELECT id FROM app_user WHERE id = $1 FOR UPDATE', [userId]);
    if (!user) throw new NotFoundException({ message: 'There is no such account', errors: [] });
    return em.findOneBy(NotificationPreference, { userId });
  }

  private async save(em: EntityManager, actor: Actor, userId: string, current: NotificationPreference | null, off: EmailKind[], digestDay: Weekday, action: string) {
    const before = auditState(current);
    const next = current ?? em.create(NotificationPreference, { userId });
    next.emailKindsOff = off;
    next.digestDay = digestDay;
    const saved = await em.save(next);
    await this.audit.record(em, actor, { entityType: 'notification_preference', entityId: userId, action, before, after: auditState(saved) });
  }
}
