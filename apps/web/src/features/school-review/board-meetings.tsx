import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import { DateInput, joinIsoDate, splitIsoDate } from '@/components/ui/form-fields';
import { NotificationBanner } from '@/components/ui/misc';
import { TableHead } from '@/components/ui/table-head';
import { TableScroll } from '@/components/ui/table-scroll';
import { isApiError } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { toFormErrors } from '@/lib/form-errors';
import { useMoveBoardMeeting, type SchoolBoardMeeting } from './api';

/** Changes one meeting's date; its reporting period moves with it. */
function MoveMeetingForm({ schoolId, meeting, onMoved, onCancel }: { schoolId: string; meeting: SchoolBoardMeeting; onMoved: (date: string) => void; onCancel: () => void }) {
  const move = useMoveBoardMeeting(schoolId, meeting.id);
  const [date, setDate] = useState(() => splitIsoDate(meeting.meetingDate));
  const errors = toFormErrors(move.error, [['meetingDate', 'meeting-date']]);
  const conflict = isApiError(move.error) && move.error.status === 409 && !errors.byField.meetingDate;
  function submit(event: FormEvent) {
    event.preventDefault();
    const meetingDate = joinIsoDate(date) ?? '';
    move.mutate({ version: meeting.version, meetingDate }, { onSuccess: () => onMoved(meetingDate) });
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby="move-meeting-heading">
      <h4 className="govuk-heading-s" id="move-meeting-heading">Change the date of {meeting.title}</h4>
      <ErrorSummary errors={errors.summary} description={conflict ? 'Someone changed this meeting since you opened the page. Reload the page to see their change.' : errors.general} />
      <DateInput
        id="meeting-date" legend="New date of the meeting" value={date} onChange={setDate} errors={errors.byField.meetingDate}
        hint={meeting.period ? `${meeting.period.title}'s updates move with it: they are due as many days before the meeting as now.` : undefined}
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" disabled={move.isPending}>Save the date</button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}

/**
 * The governing board's meetings and when each takes updates. Whoever keeps the plan's calendar (its
 * SENCO, the local authority's plan managers) may change a meeting's date here.
 */
export function BoardMeetings({ schoolId, name, meetings, canMove }: { schoolId: string; name: string; meetings: SchoolBoardMeeting[]; canMove: boolean }) {
  const [moving, setMoving] = useState<string | null>(null);
  const [flash, setFlash] = useState('');
  const current = meetings.find((m) => m.id === moving);
  return (
    <>
      {flash && <NotificationBanner success title="Saved">{flash}</NotificationBanner>}
      <TableScroll label={`${name} meetings`}>
        <table className="govuk-table app-table--dense">
          <caption className="govuk-table__caption govuk-table__caption--s">{name} meetings</caption>
          <TableHead columns={canMove ? ['Meeting', 'Date', 'Updates taken', { label: <span className="govuk-visually-hidden">Change</span> }] : ['Meeting', 'Date', 'Updates taken']} />
          <tbody className="govuk-table__body">
            {meetings.map((m) => (
              <tr key={m.id} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">{m.title}</th>
                <td className="govuk-table__cell">{formatDate(m.meetingDate)}{m.location ? `, ${m.location}` : ''}</td>
                <td className="govuk-table__cell">{m.period ? `${formatDate(m.period.opensOn)} to ${formatDate(m.period.updateDeadline)}` : 'None'}</td>
                {canMove && (
                  <td className="govuk-table__cell">
                    <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => { setFlash(''); setMoving(m.id); }}>
                      Change the date<span className="govuk-visually-hidden"> of {m.title}</span>
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {canMove && current && (
        <MoveMeetingForm
          key={current.id} schoolId={schoolId} meeting={current} onCancel={() => setMoving(null)}
          onMoved={(date) => { setMoving(null); setFlash(`${current.title} is now on ${formatDate(date)}.`); }}
        />
      )}
    </>
  );
}
