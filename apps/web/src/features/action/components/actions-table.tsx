import { Link } from 'react-router';
import { DELIVERY_STATUS_INFO } from '@send/domain';
import { SortableTable, type Column } from '@/components/ui/sortable-table';
import { DeliveryStatusTag } from '@/components/ui/status-tag';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format';
import type { Action } from '../api';
import { TableScroll } from '@/components/ui/table-scroll';

const columns: Column<Action>[] = [
  {
    key: 'reference',
    header: 'Reference',
    sortValue: (a) => a.reference,
    render: (a) => a.reference,
  },
  {
    key: 'title',
    header: 'Action',
    wide: true,
    render: (a) => (
      <Link className="govuk-link" to={paths.action.getHref(a.id)}>
        {a.title}
      </Link>
    ),
  },
  {
    key: 'status',
    header: 'Status',
    sortValue: (a) => DELIVERY_STATUS_INFO[a.deliveryStatus].order,
    render: (a) => <DeliveryStatusTag status={a.deliveryStatus} />,
  },
  {
    key: 'owner',
    header: 'Owner',
    wide: true,
    sortValue: (a) => a.ownerPerson?.name ?? a.ownerOrganisation?.name ?? null,
    render: (a) => (
      <>
        {a.ownerPerson?.name ?? 'No owner named'}
        {a.ownerOrganisation && <span className="govuk-body-s app-block govuk-!-margin-bottom-0">{a.ownerOrganisation.name}</span>}
      </>
    ),
  },
  {
    key: 'due',
    header: 'Due',
    sortValue: (a) => a.dueDate,
    render: (a) => (
      <span className="app-nowrap">
        {formatDate(a.dueDate)}
        {a.overdue && (
          <>
            <br />
            <strong className="app-overdue">Overdue</strong>
          </>
        )}
      </span>
    ),
  },
];

/** Actions as a table sortable by reference, status, owner and due date. */
export function ActionsTable({ actions, caption, dense }: { actions: readonly Action[]; caption: string; dense?: boolean }) {
  return (
    <TableScroll label="Actions">
      <SortableTable
        caption={caption}
        columns={columns}
        rows={actions}
        rowKey={(a) => a.id}
        initialSort={{ key: 'reference', direction: 'ascending' }}
        dense={dense}
      />
    </TableScroll>
  );
}
