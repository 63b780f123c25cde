import { Link } from 'react-router';
import { DELIVERY_STATUS_INFO, DELIVERY_STATUSES, IMPACT_STATUS_LABELS, IMPACT_STATUSES } from '@send/domain';
import { usePageTitle } from '@/components/ui/misc';
import { Empty, QueryState } from '@/components/ui/page-state';
import { SortableTable, type Column } from '@/components/ui/sortable-table';
import { TableScroll } from '@/components/ui/table-scroll';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format';
import { RequirePolicy } from '@/features/auth/components/require-policy';
import { type LocalAreaSummary, useLocalAreaSummaries } from '../api';

const COLUMNS: Column<LocalAreaSummary>[] = [
  {
    key: 'area',
    header: 'Local area',
    sortValue: (s) => s.localArea.name,
    render: (s) =>
      s.plans[0] ? <Link className="govuk-link" to={paths.planDashboard.getHref(s.plans[0].id)}>{s.localArea.name}<span className="govuk-visually-hidden">: open the dashboard</span></Link> : s.localArea.name,
    wide: true,
  },
  { key: 'actions', header: 'Actions', numeric: true, sortValue: (s) => s.actions, render: (s) => s.actions },
  ...IMPACT_STATUSES.map((status) => ({
    key: `impact-${status}`,
    header: IMPACT_STATUS_LABELS[status],
    numeric: true,
    sortValue: (s: LocalAreaSummary) => s.byImpactStatus[status],
    render: (s: LocalAreaSummary) => s.byImpactStatus[status],
  })),
  ...DELIVERY_STATUSES.map((status) => ({
    key: `delivery-${status}`,
    header: DELIVERY_STATUS_INFO[status].label,
    numeric: true,
    sortValue: (s: LocalAreaSummary) => s.byDeliveryStatus[status],
    render: (s: LocalAreaSummary) => s.byDeliveryStatus[status],
  })),
  { key: 'overdue', header: 'Overdue', numeric: true, sortValue: (s) => s.overdue, render: (s) => s.overdue },
  { key: 'measures-off-track', header: 'Measures off track', numeric: true, sortValue: (s) => s.measuresOffTrack, render: (s) => `${s.measuresOffTrack} of ${s.measures}` },
  {
    key: 'last-pack',
    header: 'Last approved board pack',
    sortValue: (s) => s.lastApprovedBoardPackAt,
    render: (s) => formatDate(s.lastApprovedBoardPackAt, 'None yet'),
    wide: true,
  },
];

/** An adviser's local areas side by side: each one's headline figures, with a link to its dashboard. */
export function LocalAreasRoute() {
  usePageTitle('Local areas');
  const summaries = useLocalAreaSummaries();
  return (
    <RequirePolicy policy="compareLocalAreas">
      <h1 className="govuk-heading-l">Local areas</h1>
      <p className="govuk-body">The local areas you monitor, with the figures of their current plans today. Select a column heading to sort by it.</p>
      <QueryState query={summaries} loadingLabel="Loading the local areas">
        {(rows) =>
          rows.length === 0 ? (
            <Empty>You have no local areas to monitor.</Empty>
          ) : (
            <TableScroll label="Local areas">
              <SortableTable caption="Headline figures by local area" columns={COLUMNS} rows={rows} rowKey={(s) => s.localArea.id} initialSort={{ key: 'area', direction: 'ascending' }} dense />
            </TableScroll>
          )
        }
      </QueryState>
    </RequirePolicy>
  );
}

export default LocalAreasRoute;
