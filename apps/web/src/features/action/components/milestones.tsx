import { todayIso } from '@send/domain';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Empty } from '@/components/ui/page-state';
import { RagTag } from '@/components/ui/status-tag';
import { formatDate } from '@/lib/format';
import { toFormErrors } from '@/lib/form-errors';
import { useSetMilestoneDone, type Milestone } from '../api';
import { TableScroll } from '@/components/ui/table-scroll';

/** An action's milestones, done or not; people who may edit can tick them off. */
export function Milestones({ actionId, milestones, canEdit }: { actionId: string; milestones: Milestone[]; canEdit: boolean }) {
  const setDone = useSetMilestoneDone(actionId);
  const errors = toFormErrors(setDone.error, []);
  if (milestones.length === 0) return <Empty>This action has no milestones.</Empty>;
  const today = todayIso();
  return (
    <>
      {setDone.error && <ErrorSummary errors={[]} description={errors.general ?? setDone.error.message} />}
      <TableScroll label="Milestones">
        <table className="govuk-table">
          <caption className="govuk-visually-hidden">Milestones</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Milestone
              </th>
              <th scope="col" className="govuk-table__header">
                Due
              </th>
              <th scope="col" className="govuk-table__header">
                Progress
              </th>
              {canEdit && (
                <th scope="col" className="govuk-table__header">
                  <span className="govuk-visually-hidden">Change</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {milestones.map((m) => {
              const late = !m.done && m.dueDate !== null && m.dueDate < today;
              return (
                <tr className="govuk-table__row" key={m.id}>
                  <td className="govuk-table__cell">{m.title}</td>
                  <td className="govuk-table__cell app-nowrap">{formatDate(m.dueDate)}</td>
                  <td className="govuk-table__cell">
                    {m.done ? (
                      <RagTag rag="blue" label={`Done ${formatDate(m.completedOn)}`} />
                    ) : late ? (
                      <RagTag rag="red" label="Not done, past due" />
                    ) : (
                      <RagTag rag="grey" label="Not done" />
                    )}
                  </td>
                  {canEdit && (
                    <td className="govuk-table__cell">
                      <button
                        type="button"
                        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                        disabled={setDone.isPending}
                        onClick={() => setDone.mutate({ milestone: m, completedOn: m.done ? null : today })}
                      >
                        {m.done ? 'Mark as not done' : 'Mark as done'}
                        <span className="govuk-visually-hidden">: {m.title}</span>
                      </button>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
