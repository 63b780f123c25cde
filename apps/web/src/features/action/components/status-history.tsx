import { DELIVERY_STATUS_INFO, IMPACT_STATUS_LABELS } from '@send/domain';
import { Empty, QueryState } from '@/components/ui/page-state';
import { DeliveryStatusTag, ImpactStatusTag } from '@/components/ui/status-tag';
import { formatDateTime } from '@/lib/format';
import { useAuditTrail } from '../api';
import { statusHistory, type ApprovedStatuses } from '../history';
import { TableScroll } from '@/components/ui/table-scroll';
import { TableHead } from '@/components/ui/table-head';

/** Each change of the delivery or impact status, newest first, from edits and approved updates. */
export function StatusHistory({ actionId, approved = [] }: { actionId: string; approved?: ApprovedStatuses[] }) {
  const trail = useAuditTrail('action', actionId);
  return (
    <QueryState query={trail} loadingLabel="Loading the status history">
      {(page) => {
        const changes = statusHistory(page.items, approved).reverse();
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
                    <td className="govuk-table__cell">{c.kind === 'delivery' ? 'Delivery' : 'Impact'}</td>
                    <td className="govuk-table__cell">
                      {c.kind === 'delivery' ? <DeliveryStatusTag status={c.to} /> : <ImpactStatusTag status={c.to} />}
                    </td>
                    <td className="govuk-table__cell">
                      {c.from === null ? 'First recorded' : c.kind === 'delivery' ? DELIVERY_STATUS_INFO[c.from].label : IMPACT_STATUS_LABELS[c.from]}
                    </td>
                    <td className="govuk-table__cell">{c.by}</td>
                    <td className="govuk-table__cell">{c.via === 'update' ? 'Approved update' : 'Edited'}</td>
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
