import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { formatDate, formatDateTime } from '@/lib/format';
import type { Period } from '../api';

/** "Updates are due by …; the board meets on …": the board is the meeting the period reports to, linked. */
export function PeriodDates({ period }: { period: Pick<Period, 'updateDeadline' | 'boardDate' | 'meetingId' | 'meeting'> }) {
  return (
    <>
      Updates are due by {formatDate(period.updateDeadline)}; the board meets on{' '}
      <Link className="govuk-link" to={paths.meeting.getHref(period.meetingId)}>
        {formatDate(period.boardDate)}
      </Link>
      {period.meeting && <>, and its pack is cut off at {formatDateTime(period.meeting.cutOffAt)}</>}.
    </>
  );
}
