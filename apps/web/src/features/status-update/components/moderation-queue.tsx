import { Link } from 'react-router';
import { Empty } from '@/components/ui/page-state';
import { DeliveryStatusTag, ImpactStatusTag } from '@/components/ui/status-tag';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';
import type { StatusUpdate } from '../api';
import { TableScroll } from '@/components/ui/table-scroll';
import { TableHead } from '@/components/ui/table-head';

/** Submitted updates waiting for the Head of SEND, oldest first. */
export function ModerationQueue({ updates }: { updates: StatusUpdate[] }) {
  const waiting = updates.filter((u) => u.state === 'submitted').sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''));
  if (waiting.length === 0) return <Empty>No updates are waiting for moderation.</Empty>;
  return (
    <TableScroll label="Updates waiting for moderation">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">{waiting.length} updates waiting for moderation</caption>
        <TableHead columns={['Action', 'Owner', 'Proposed', 'Submitted']} />
        <tbody className="govuk-table__body">
          {waiting.map((u) => (
            <tr className="govuk-table__row" key={u.id}>
              <th scope="row" className="govuk-table__header">
                <Link className="govuk-link" to={paths.update.getHref(u.id)}>
                  Review the update for {u.action.reference} {u.action.title}
                </Link>
              </th>
              <td className="govuk-table__cell">{u.action.ownerPerson?.name ?? u.author.label}</td>
              <td className="govuk-table__cell">
                <DeliveryStatusTag status={u.proposedDeliveryStatus} /> <ImpactStatusTag status={u.proposedImpactStatus} />
              </td>
              <td className="govuk-table__cell">{u.submittedAt ? formatDateTime(u.submittedAt) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
