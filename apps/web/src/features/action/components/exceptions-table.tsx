import { Link } from 'react-router';
import { DeliveryStatusTag } from '@/components/ui/status-tag';
import { Empty } from '@/components/ui/page-state';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format';
import { EXCEPTION_LABELS, type ActionException } from '../exceptions';
import { TableScroll } from '@/components/ui/table-scroll';
import { TableHead } from '@/components/ui/table-head';

/** Exceptions for the board: each action, why it is listed, and a link to it. */
export function ExceptionsTable({ exceptions, caption = 'Exceptions' }: { exceptions: ActionException[]; caption?: string }) {
  if (exceptions.length === 0) return <Empty>No actions are off track, overdue, stale or inconsistent.</Empty>;
  return (
    <TableScroll label="Exceptions">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <TableHead columns={['Action', 'Status', 'Due', 'Why it is listed']} />
        <tbody className="govuk-table__body">
          {exceptions.map(({ action, reasons, issues }) => (
            <tr className="govuk-table__row" key={action.id}>
              <th scope="row" className="govuk-table__header">
                <Link className="govuk-link" to={paths.action.getHref(action.id)}>
                  {action.reference} {action.title}
                </Link>
              </th>
              <td className="govuk-table__cell">
                <DeliveryStatusTag status={action.deliveryStatus} />
              </td>
              <td className="govuk-table__cell app-nowrap">{formatDate(action.dueDate)}</td>
              <td className="govuk-table__cell">
                <ul className="govuk-list govuk-!-margin-bottom-0">
                  {reasons.filter((r) => r !== 'inconsistent').map((r) => (
                    <li key={r}>{EXCEPTION_LABELS[r]}</li>
                  ))}
                  {issues.map((n) => (
                    <li key={n.code}>{n.message}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
