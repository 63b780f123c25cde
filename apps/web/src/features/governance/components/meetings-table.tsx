import { Link } from 'react-router';
import { Empty } from '@/components/ui/page-state';
import { IllustrativeTag, RagTag } from '@/components/ui/status-tag';
import { TableScroll } from '@/components/ui/table-scroll';
import { TableHead } from '@/components/ui/table-head';
import { paths } from '@/config/paths';
import { formatDate, formatDateTime } from '@/lib/format';
import { useMeetingsPacks, type Meeting } from '../api';
import { packStatus } from '../governance';

/** Meetings with their body, cut-off and where their pack is up to. */
export function MeetingsTable({ meetings, caption, empty }: { meetings: Meeting[]; caption: string; empty: string }) {
  const packs = useMeetingsPacks(meetings.map((m) => m.id));
  if (meetings.length === 0) return <Empty>{empty}</Empty>;
  return (
    <TableScroll label={caption}>
      <table className="govuk-table app-table--dense">
        <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <TableHead columns={['Date', 'Meeting', 'Governance body', 'Pack cut-off', 'Pack']} />
        <tbody className="govuk-table__body">
          {meetings.map((m, i) => {
            const q = packs[i];
            const status = q?.data ? packStatus(q.data.items) : null;
            return (
              <tr className="govuk-table__row" key={m.id}>
                <td className="govuk-table__cell app-nowrap">{formatDate(m.meetingDate)}</td>
                <th scope="row" className="govuk-table__header">
                  <Link className="govuk-link" to={paths.meeting.getHref(m.id)}>
                    {m.title}
                    <span className="govuk-visually-hidden"> on {formatDate(m.meetingDate)}</span>
                  </Link>
                  {m.illustrative && (
                    <>
                      {' '}
                      <IllustrativeTag />
                    </>
                  )}
                </th>
                <td className="govuk-table__cell">{m.body.name}</td>
                <td className="govuk-table__cell">{formatDateTime(m.cutOffAt)}</td>
                <td className="govuk-table__cell">
                  {/* A tag only where there is a pack, so the ones that exist stand out. */}
                  {status ? (
                    status.exists ? <RagTag rag={status.rag} label={status.label} /> : status.label
                  ) : q?.isError ? (
                    'Not available'
                  ) : (
                    <span className="app-loading">Checking…</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
