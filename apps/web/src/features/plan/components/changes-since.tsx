import { Link } from 'react-router';
import { DELIVERY_STATUS_INFO, IMPACT_STATUS_LABELS } from '@send/domain';
import { Empty } from '@/components/ui/page-state';
import { DeliveryStatusTag, ImpactStatusTag } from '@/components/ui/status-tag';
import { paths } from '@/config/paths';
import { formatDate, formatDateTime, plural } from '@/lib/format';
import type { ActionRef, PlanChanges } from '../api';
import { TableScroll } from '@/components/ui/table-scroll';
import { TableHead } from '@/components/ui/table-head';

const ActionLink = ({ action }: { action: ActionRef }) => (
  <Link className="govuk-link" to={paths.action.getHref(action.id)}>
    {action.reference} {action.title}
  </Link>
);

/** What moved since the last board: status changes, completions, missed deadlines and new actions. */
export function ChangesSince({ changes }: { changes: PlanChanges }) {
  const { counts } = changes;
  return (
    <div className="app-changes">
      <p className="govuk-body">
        From {formatDate(changes.from)} to {formatDate(changes.to)}: {plural(counts.statusChanges, 'status change')}, {plural(counts.completions, 'new completion')},{' '}
        {plural(counts.missedDeadlines, 'missed deadline')} and {plural(counts.newActions, 'new action')}.
      </p>
      <h3 className="govuk-heading-m">Status changes</h3>
      {changes.statusChanges.length === 0 ? (
        <Empty>No action changed status.</Empty>
      ) : (
        <TableScroll label="Status changes">
          <table className="govuk-table app-table--dense">
            <caption className="govuk-visually-hidden">Status changes since the last board</caption>
            <TableHead columns={['Action', 'Change', 'When and by whom']} />
            <tbody className="govuk-table__body">
              {changes.statusChanges.map((c, i) => (
                <tr className="govuk-table__row" key={`${c.action.id}-${i}`}>
                  <th scope="row" className="govuk-table__header">
                    <ActionLink action={c.action} />
                  </th>
                  <td className="govuk-table__cell">
                    {c.delivery && (
                      <p className="govuk-body-s govuk-!-margin-bottom-1">
                        <span className="govuk-visually-hidden">Delivery status from </span>
                        {DELIVERY_STATUS_INFO[c.delivery.from].label} → <DeliveryStatusTag status={c.delivery.to} />
                      </p>
                    )}
                    {c.impact && (
                      <p className="govuk-body-s govuk-!-margin-bottom-0">
                        <span className="govuk-visually-hidden">Impact status from </span>
                        {IMPACT_STATUS_LABELS[c.impact.from]} → <ImpactStatusTag status={c.impact.to} />
                      </p>
                    )}
                  </td>
                  <td className="govuk-table__cell">
                    {formatDateTime(c.at)}, {c.by.label}
                    {c.statusUpdate && (
                      <>
                        {' '}
                        (
                        <Link className="govuk-link" to={paths.update.getHref(c.statusUpdate.id)}>
                          approved update
                        </Link>
                        )
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <h3 className="govuk-heading-m">Due dates changed</h3>
      {(changes.reDated ?? []).length === 0 ? (
        <Empty>No due date was changed.</Empty>
      ) : (
        <TableScroll label="Due dates changed">
          <table className="govuk-table app-table--dense">
            <caption className="govuk-visually-hidden">Due dates changed since the last board</caption>
            <TableHead columns={['Action', 'Was due', 'Now due', 'Why, when and by whom']} />
            <tbody className="govuk-table__body">
              {(changes.reDated ?? []).map((c, i) => (
                <tr className="govuk-table__row" key={`${c.action.id}-${i}`}>
                  <th scope="row" className="govuk-table__header">
                    <ActionLink action={c.action} />
                  </th>
                  <td className="govuk-table__cell app-nowrap">{formatDate(c.from, 'No date')}</td>
                  <td className="govuk-table__cell app-nowrap">{formatDate(c.to, 'No date')}</td>
                  <td className="govuk-table__cell">
                    {c.reason ?? 'No reason recorded'} ({formatDateTime(c.at)}, {c.by.label})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <h3 className="govuk-heading-m">New completions</h3>
          {changes.completions.length === 0 ? (
            <Empty>No action was completed.</Empty>
          ) : (
            <ul className="govuk-list govuk-list--bullet">
              {changes.completions.map((c) => (
                <li key={c.action.id}>
                  <ActionLink action={c.action} />, {formatDate(c.at.slice(0, 10))}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="govuk-grid-column-one-half">
          <h3 className="govuk-heading-m">Missed deadlines</h3>
          {changes.missedDeadlines.length === 0 ? (
            <Empty>No deadline was missed.</Empty>
          ) : (
            <ul className="govuk-list govuk-list--bullet">
              {changes.missedDeadlines.map((m) => (
                <li key={m.action.id}>
                  <ActionLink action={m.action} />: due {formatDate(m.dueDate)}, <DeliveryStatusTag status={m.deliveryStatus} />
                  {m.ownerPerson && <span className="govuk-body-s app-block">{m.ownerPerson.name}</span>}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      {changes.newActions.length > 0 && (
        <>
          <h3 className="govuk-heading-m">New actions</h3>
          <ul className="govuk-list govuk-list--bullet">
            {changes.newActions.map((n) => (
              <li key={n.action.id}>
                <ActionLink action={n.action} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
