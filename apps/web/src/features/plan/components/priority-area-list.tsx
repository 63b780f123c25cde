import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { PlanSummary, PriorityArea } from '../api';
import { TableScroll } from '@/components/ui/table-scroll';
import { TableHead } from '@/components/ui/table-head';

/** Every priority area with its lead and counts, each linking to its page. */
export function PriorityAreaList({ areas, summary }: { areas: PriorityArea[]; summary: PlanSummary }) {
  return (
    <TableScroll label="Priority areas">
      <table className="govuk-table">
        <caption className="govuk-visually-hidden">Priority areas, their leads and their actions</caption>
        <TableHead
          columns={[
            'Priority area',
            'Lead',
            { label: 'Actions', numeric: true },
            { label: 'Complete', numeric: true },
            { label: 'Overdue', numeric: true },
          ]}
        />
        <tbody className="govuk-table__body">
          {areas.map((a) => {
            const counts = summary.priorities.find((p) => p.id === a.id);
            return (
              <tr className="govuk-table__row" key={a.id}>
                <th scope="row" className="govuk-table__header">
                  <Link className="govuk-link" to={paths.priority.getHref(a.id)}>
                    {a.number}. {a.title}
                  </Link>
                </th>
                <td className="govuk-table__cell">{a.lead?.name ?? 'No lead named'}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{counts?.actions ?? 0}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{counts?.byDeliveryStatus.complete ?? 0}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{counts?.overdue ?? 0}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
