import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { DELIVERY_STATUS_INFO, DELIVERY_STATUSES, IMPACT_STATUSES } from '@send/domain';
import { FigureList } from '@/components/ui/figure-list';
import { Details } from '@/components/ui/misc';
import { Empty } from '@/components/ui/page-state';
import { DeliveryStatusTag, ImpactStatusTag } from '@/components/ui/status-tag';
import { TableScroll } from '@/components/ui/table-scroll';
import { paths } from '@/config/paths';
import { formatDate, formatDateTime, plural } from '@/lib/format';
import type { PackDetail, SnapshotActionRef, SnapshotDecision } from '../api';

const percent = (n: number, total: number) => (total === 0 ? '0%' : `${Math.round((n / total) * 100)}%`);

const th = (text: ReactNode, numeric = false) => (
  <th scope="col" className={`govuk-table__header${numeric ? ' govuk-table__header--numeric' : ''}`}>
    {text}
  </th>
);

/** An action named in the pack: a link for those who may open actions, plain words for everyone else. */
function ActionName({ action, linkActions }: { action: SnapshotActionRef; linkActions: boolean }) {
  const text = `${action.reference} ${action.title}`;
  return linkActions ? (
    <Link className="govuk-link" to={paths.action.getHref(action.id)}>
      {text}
    </Link>
  ) : (
    <>{text}</>
  );
}

const LONG_LIST = 8;

function ActionList({ title, actions, empty, linkActions }: { title: string; actions: SnapshotActionRef[] | undefined; empty: string; linkActions: boolean }) {
  const list = (items: SnapshotActionRef[]) => (
    <ul className="govuk-list govuk-list--bullet">
      {items.map((a) => (
        <li key={a.id}>
          <ActionName action={a} linkActions={linkActions} />
        </li>
      ))}
    </ul>
  );
  return (
    <>
      <h4 className="govuk-heading-s">
        {title} ({actions?.length ?? 0})
      </h4>
      {actions === undefined ? (
        <Empty>Not recorded when this pack was generated.</Empty>
      ) : actions.length === 0 ? (
        <Empty>{empty}</Empty>
      ) : actions.length <= LONG_LIST ? (
        list(actions)
      ) : (
        // A list as long as the plan would bury the rest of the preview: folded, as the reader chooses.
        <Details summary={`Show the ${actions.length} actions`}>{list(actions)}</Details>
      )}
    </>
  );
}

function DecisionsTable({ decisions, caption }: { decisions: SnapshotDecision[]; caption: string }) {
  return (
    <TableScroll label={caption}>
      <table className="govuk-table app-table--dense">
        <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {th('Decision or challenge')}
            {th('Action')}
            {th('Owner')}
            {th('Due')}
            {th('Recorded at')}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {decisions.map((d) => (
            <tr className="govuk-table__row" key={d.id}>
              <th scope="row" className="govuk-table__header govuk-!-font-weight-regular">
                <strong>{d.kindLabel}:</strong> {d.text}
              </th>
              <td className="govuk-table__cell">{d.action ? `${d.action.reference} ${d.action.title}` : 'None'}</td>
              <td className="govuk-table__cell">{d.owner?.name ?? 'Not set'}</td>
              <td className="govuk-table__cell">
                {formatDate(d.dueDate)}
                {d.overdue && <strong className="app-block app-overdue">Overdue</strong>}
              </td>
              <td className="govuk-table__cell">
                {d.meeting.title}, {formatDate(d.meeting.meetingDate)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** What a pack says, laid out from its stored snapshot: the same figures as its PDF. */
export function PackPreview({ pack, linkActions }: { pack: PackDetail; linkActions: boolean }) {
  const s = pack.snapshot;
  const t = s.totals;
  const figures = [
    { value: t.actions, label: 'actions in scope', rag: undefined },
    { value: t.byDeliveryStatus.off_track, label: 'off track', rag: 'red' },
    { value: t.overdue, label: 'overdue', rag: 'red' },
    { value: s.decisions.open.length, label: 'open decisions and challenges', rag: undefined },
  ] as const;
  const changes = s.changes;
  return (
    <section aria-labelledby="preview-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-l" id="preview-heading">
        Preview of the {pack.state === 'draft' ? 'draft' : 'published'} pack
      </h2>
      <p className="govuk-body">
        Figures as at {formatDateTime(s.asAt)}
        {s.statusBasis === 'as_at' ? ' (statuses as they stood that day)' : ' (statuses as recorded when it was generated)'}. Generated{' '}
        {formatDateTime(pack.generatedAt)} by {pack.generatedBy.label ?? 'an unknown user'}
        {pack.publishedAt ? `; published ${formatDateTime(pack.publishedAt)} by ${pack.publishedBy?.label ?? 'an unknown user'}` : ''}.
      </p>

      <h3 className="govuk-heading-m">Headline figures</h3>
      <FigureList label="Headline figures of the pack" figures={figures} />

      <h3 className="govuk-heading-m">Impact status</h3>
      <table className="govuk-table">
        <caption className="govuk-visually-hidden">Actions by impact status</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {th('Impact status')}
            {th('Actions', true)}
            {th('Share', true)}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {IMPACT_STATUSES.map((status) => (
            <tr className="govuk-table__row" key={status}>
              <th scope="row" className="govuk-table__header">
                <ImpactStatusTag status={status} />
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{t.byImpactStatus[status]}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{percent(t.byImpactStatus[status], t.actions)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3 className="govuk-heading-m">Delivery status (BRAG) by priority area</h3>
      <TableScroll label="Delivery status by priority area">
        <table className="govuk-table app-table--dense">
          <caption className="govuk-visually-hidden">Actions by priority area and delivery status</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {th('Priority area')}
              {DELIVERY_STATUSES.map((status) => (
                <th key={status} scope="col" className="govuk-table__header govuk-table__header--numeric">
                  <DeliveryStatusTag status={status} />
                </th>
              ))}
              {th('Total', true)}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {s.priorities.map((p) => (
              <tr className="govuk-table__row" key={p.id}>
                <th scope="row" className="govuk-table__header">
                  {p.number}. {p.title}
                </th>
                {DELIVERY_STATUSES.map((status) => (
                  <td key={status} className="govuk-table__cell govuk-table__cell--numeric">
                    {p.counts.byDeliveryStatus[status]}
                    <span className="govuk-visually-hidden"> {DELIVERY_STATUS_INFO[status].label.toLowerCase()}</span>
                  </td>
                ))}
                <td className="govuk-table__cell govuk-table__cell--numeric">{p.counts.actions}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>

      <h3 className="govuk-heading-m">Changes since the last meeting</h3>
      {changes === undefined ? (
        <Empty>The status history was not recorded when this pack was generated.</Empty>
      ) : changes === null ? (
        <Empty>This is the body’s first meeting, so there is no earlier pack to compare with.</Empty>
      ) : (
        <>
          <p className="govuk-body">
            Since {changes.since.meetingTitle} on {formatDate(changes.since.meetingDate)}: {plural(changes.statusChanges.length, 'status change')},{' '}
            {plural(changes.completions.length, 'completion')}, {plural(changes.missedDeadlines.length, 'missed deadline')} and{' '}
            {plural(changes.newActions.length, 'new action')}.
          </p>
          {changes.statusChanges.length > 0 && (
            <TableScroll label="Status changes">
              <table className="govuk-table app-table--dense">
                <caption className="govuk-table__caption govuk-table__caption--s">Status changes</caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    {th('Action')}
                    {th('Change')}
                    {th('When')}
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {changes.statusChanges.map((c, i) => (
                    <tr className="govuk-table__row" key={`${c.action.id}-${i}`}>
                      <th scope="row" className="govuk-table__header">
                        <ActionName action={c.action} linkActions={linkActions} />
                      </th>
                      <td className="govuk-table__cell">
                        {c.delivery && (
                          <p className="govuk-body-s govuk-!-margin-bottom-1">
                            Delivery: {DELIVERY_STATUS_INFO[c.delivery.from].label} to <DeliveryStatusTag status={c.delivery.to} />
                          </p>
                        )}
                        {c.impact && (
                          <p className="govuk-body-s govuk-!-margin-bottom-0">
                            Impact: to <ImpactStatusTag status={c.impact.to} />
                          </p>
                        )}
                      </td>
                      <td className="govuk-table__cell">{formatDateTime(c.at)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
          {changes.missedDeadlines.length > 0 && (
            <ActionList title="Missed deadlines" actions={changes.missedDeadlines.map((m) => m.action)} empty="" linkActions={linkActions} />
          )}
          {changes.completions.length > 0 && (
            <ActionList title="Completed" actions={changes.completions.map((m) => m.action)} empty="" linkActions={linkActions} />
          )}
        </>
      )}

      <h3 className="govuk-heading-m">Exceptions</h3>
      <ActionList title="Off track" actions={s.exceptions.offTrack} empty="No action is off track." linkActions={linkActions} />
      <ActionList title="Overdue" actions={s.exceptions.overdue} empty="No action is overdue." linkActions={linkActions} />
      <ActionList title="Status may not tell the whole story" actions={s.exceptions.inconsistent} empty="No action has an inconsistent status." linkActions={linkActions} />
      <ActionList title="No approved update for more than two periods" actions={s.exceptions.stale} empty="No action is stale." linkActions={linkActions} />

      <h3 className="govuk-heading-m">Open decisions and challenges</h3>
      {s.decisions.open.length === 0 ? (
        <Empty>No decisions or challenges from earlier meetings were open at the cut-off.</Empty>
      ) : (
        <DecisionsTable decisions={s.decisions.open} caption={`${plural(s.decisions.open.length, 'open decision or challenge', 'open decisions and challenges')}`} />
      )}
      {s.decisions.closedSinceLastMeeting.length > 0 && (
        <DecisionsTable decisions={s.decisions.closedSinceLastMeeting} caption="Closed since the last meeting" />
      )}
    </section>
  );
}
