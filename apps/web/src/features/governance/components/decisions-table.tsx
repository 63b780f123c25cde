import { Fragment, useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { DECISION_TEXT_MAX, type DecisionStatus } from '@send/domain';
import { ErrorSummary } from '@/components/ui/error-summary';
import { DateInput, joinIsoDate, Radios, splitIsoDate, Textarea } from '@/components/ui/form-fields';
import { Empty } from '@/components/ui/page-state';
import { IllustrativeTag, RagTag } from '@/components/ui/status-tag';
import { TableScroll } from '@/components/ui/table-scroll';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { toFormErrors } from '@/lib/form-errors';
import { useUpdateDecision, type Decision } from '../api';
import { decisionState } from '../governance';

const FIELDS = [
  ['status', 'status'],
  ['closingNote', 'closingNote'],
  ['closedOn', 'closedOn'],
] as const;

const STALE_MESSAGE =
  'Someone else changed this decision while you were updating it. The table now shows their version: check it, then save your change again.';

/** Closes a decision with how it was resolved, or reopens it, sending the version it was read at. */
export function DecisionUpdateForm({ decision, onDone, onCancel }: { decision: Decision; onDone: (message: string) => void; onCancel: () => void }) {
  const [status, setStatus] = useState<DecisionStatus>(decision.status === 'open' ? 'closed' : 'open');
  const [closingNote, setClosingNote] = useState(decision.closingNote ?? '');
  const [closedOn, setClosedOn] = useState(splitIsoDate(decision.closedOn));
  const update = useUpdateDecision({
    onSuccess: (d) => onDone(d.status === 'closed' ? `The ${d.kindLabel.toLowerCase()} has been closed.` : `The ${d.kindLabel.toLowerCase()} has been reopened.`),
  });
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const errors = toFormErrors(update.error, FIELDS);
  const stale = isApiError(update.error) && update.error.isConflict;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // The version of the row as shown now: after a conflict it is the newer one.
    const input =
      status === 'closed'
        ? { version: decision.version, status, closingNote, ...(joinIsoDate(closedOn) ? { closedOn: joinIsoDate(closedOn)! } : {}) }
        : { version: decision.version, status };
    update.mutate({ id: decision.id, input });
  };
  const idOf = (name: string) => `${name}-${decision.id}`;
  return (
    <form onSubmit={submit} noValidate className="govuk-!-padding-top-2">
      <h3 className="govuk-heading-s" tabIndex={-1} ref={headingRef}>
        Update this {decision.kindLabel.toLowerCase()}
      </h3>
      <ErrorSummary errors={errors.summary.map((s) => ({ ...s, href: idOf(s.href) }))} description={stale ? STALE_MESSAGE : errors.general} />
      <Radios
        id={idOf('status')}
        legend="Status"
        small
        options={[
          { value: 'open', label: 'Open', hint: 'Still being worked on' },
          { value: 'closed', label: 'Closed', hint: 'Resolved: say how below' },
        ]}
        value={status}
        onChange={(s) => setStatus(s as DecisionStatus)}
        errors={errors.byField.status}
      />
      {status === 'closed' && (
        <>
          <Textarea
            id={idOf('closingNote')}
            label="How it was resolved"
            maxLength={DECISION_TEXT_MAX}
            rows={3}
            value={closingNote}
            onChange={(e) => setClosingNote(e.target.value)}
            errors={errors.byField.closingNote}
          />
          <DateInput
            id={idOf('closedOn')}
            legend="Date it was closed"
            hint="Leave empty for today. For example, 19 3 2025"
            value={closedOn}
            onChange={setClosedOn}
            errors={errors.byField.closedOn}
          />
        </>
      )}
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" disabled={update.isPending} aria-disabled={update.isPending || undefined}>
          {status === 'closed' ? 'Close it' : 'Reopen it'}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Decisions and challenges with their owner, due date and state in words; optionally each can be updated. */
export function DecisionsTable({
  decisions,
  caption,
  showMeeting,
  canUpdate,
  empty,
  onUpdated,
}: {
  decisions: Decision[];
  caption: string;
  showMeeting: boolean;
  canUpdate: boolean;
  empty: string;
  onUpdated?: (message: string) => void;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  if (decisions.length === 0) return <Empty>{empty}</Empty>;
  const columns = 4 + (showMeeting ? 1 : 0) + (canUpdate ? 1 : 0);
  return (
    <TableScroll label={caption}>
      <table className="govuk-table app-table--dense">
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header app-col--wide">
              Decision or challenge
            </th>
            {showMeeting && (
              <th scope="col" className="govuk-table__header">
                Meeting
              </th>
            )}
            <th scope="col" className="govuk-table__header">
              Owner
            </th>
            <th scope="col" className="govuk-table__header">
              Due
            </th>
            <th scope="col" className="govuk-table__header">
              Status
            </th>
            {canUpdate && (
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Update</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {decisions.map((d) => {
            const state = decisionState(d);
            return (
              <Fragment key={d.id}>
                <tr className="govuk-table__row">
                  <th scope="row" className="govuk-table__header govuk-!-font-weight-regular">
                    <strong>{d.kindLabel}:</strong> <span className="app-prewrap">{d.text}</span>
                    {d.illustrative && (
                      <>
                        {' '}
                        <IllustrativeTag />
                      </>
                    )}
                    {d.action && (
                      <span className="app-block govuk-body-s govuk-!-margin-bottom-0">
                        About action{' '}
                        <Link className="govuk-link" to={paths.action.getHref(d.action.id)}>
                          {d.action.reference} {d.action.title}
                        </Link>
                      </span>
                    )}
                    {d.status === 'closed' && d.closingNote && <span className="app-block govuk-body-s govuk-!-margin-bottom-0">Resolved: {d.closingNote}</span>}
                  </th>
                  {showMeeting && (
                    <td className="govuk-table__cell">
                      {d.meeting ? (
                        <Link className="govuk-link" to={paths.meeting.getHref(d.meeting.id)}>
                          {d.meeting.title}, {formatDate(d.meeting.meetingDate)}
                        </Link>
                      ) : (
                        'Unknown'
                      )}
                    </td>
                  )}
                  <td className="govuk-table__cell">{d.owner?.name ?? 'No owner yet'}</td>
                  <td className="govuk-table__cell app-nowrap">{formatDate(d.dueDate, 'No due date')}</td>
                  <td className="govuk-table__cell">
                    <RagTag rag={state.rag} label={state.label} />
                    {d.closedOn && <span className="app-block govuk-body-s govuk-!-margin-bottom-0">on {formatDate(d.closedOn)}</span>}
                  </td>
                  {canUpdate && (
                    <td className="govuk-table__cell">
                      {editing !== d.id && (
                        <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => setEditing(d.id)}>
                          {d.status === 'open' ? 'Close' : 'Reopen'}
                          <span className="govuk-visually-hidden">
                            {' '}
                            {d.kindLabel.toLowerCase()}: {d.text.slice(0, 60)}
                          </span>
                        </button>
                      )}
                    </td>
                  )}
                </tr>
                {canUpdate && editing === d.id && (
                  <tr className="govuk-table__row">
                    <td className="govuk-table__cell" colSpan={columns}>
                      <DecisionUpdateForm
                        decision={d}
                        onCancel={() => setEditing(null)}
                        onDone={(message) => {
                          setEditing(null);
                          onUpdated?.(message);
                        }}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
