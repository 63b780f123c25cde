import { DELIVERY_STATUS_INFO, IMPACT_STATUS_LABELS } from '@send/domain';
import { Empty, QueryState } from '@/components/ui/page-state';
import { DeliveryStatusTag, ImpactStatusTag } from '@/components/ui/status-tag';
import { formatDate, formatDateTime } from '@/lib/format';
import { useActionHistory } from '../api';
import { historyChanges } from '../history';
import { TableScroll } from '@/components/ui/table-scroll';
import { TableHead } from '@/components/ui/table-head';

/**
 * Each change of the delivery or impact status and of the due date, newest first, from the
 * action's own history (readable by its owner as by every reader of the action).
 */
export function StatusHistory({ actionId }: { actionId: string }) {
  const history = useActionHistory(actionId);
  return (
    <QueryState query={history} loadingLabel="Loading the status history">
      {(page) => {
        const changes = historyChanges(page.items).reverse();
        if (changes.length === 0) return <Empty>No status changes have been recorded.</Empty>;
        return (
          <TableScroll label="Status history">
            <table className="govuk-table">
              <caption className="govuk-visually-hidden">Status history</caption>
              <TableHead columns={['When', 'Status', 'Changed to', 'From', 'By', 'How']} />
              <tbody className="govuk-table__body">
                {changes.map((c, i) => (
                  <tr className="govuk-table__row" key={i}>
                    <td className="govuk-table__cell">{formatDateTime(c.at)}</td>
                    <td className="govuk-table__cell">{c.kind === 'delivery' ? 'Delivery' : c.kind === 'impact' ? 'Impact' : 'Due date'}</td>
                    <td className="govuk-table__cell">
                      {c.kind === 'delivery' ? <DeliveryStatusTag status={c.to} /> : c.kind === 'impact' ? <ImpactStatusTag status={c.to} /> : formatDate(c.to, 'No date')}
                    </td>
                    <td className="govuk-table__cell">
                      {c.kind === 'due_date'
                        ? formatDate(c.from, 'No date')
                        : c.from === null
                          ? 'First recorded'
                          : c.kind === 'delivery'
                            ? DELIVERY_STATUS_INFO[c.from].label
                            : IMPACT_STATUS_LABELS[c.from]}
                    </td>
                    <td className="govuk-table__cell">{c.by}</td>
                    <td className="govuk-table__cell">
                      {c.via === 'update' ? 'Approved update' : 'Edited'}
                      {c.kind === 'due_date' && c.reason ? `: ${c.reason}` : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        );
      }}
    </QueryState>
  );
}
