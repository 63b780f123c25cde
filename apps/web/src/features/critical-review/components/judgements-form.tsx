import { useState, type FormEvent } from 'react';
import { CRITICAL_REVIEW_JUDGEMENTS, DESCRIPTION_MAX, isCriticalReviewJudgement } from '@send/domain';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TableScroll } from '@/components/ui/table-scroll';
import { isApiError } from '@/lib/api-client';
import { toFormErrors } from '@/lib/form-errors';
import { useSaveJudgements, type CriticalReviewDetail } from '../api';
import { judgementWords } from '../review-words';

const FIELDS = [['judgements', 'judgement-0']] as const;

type Row = { judgement: string; reason: string };

/** An action of the plan, as the form lists it. */
export interface JudgedAction {
  id: string;
  reference: string;
  title: string;
}

/** The review's judgements, one row per action of the plan: saved all at once, actions left "Not judged" out. */
export function JudgementsForm({ review, actions }: { review: CriticalReviewDetail; actions: JudgedAction[] }) {
  const save = useSaveJudgements();
  const [rows, setRows] = useState<Record<string, Row>>(() =>
    Object.fromEntries(review.judgements.map((j) => [j.action.id, { judgement: j.judgement, reason: j.reason }])),
  );
  const [saved, setSaved] = useState(false);
  const conflict = isApiError(save.error) && save.error.isConflict;
  const errors = toFormErrors(save.error, FIELDS);
  const set = (id: string, change: Partial<Row>) => {
    setSaved(false);
    setRows((r) => ({ ...r, [id]: { judgement: r[id]?.judgement ?? '', reason: r[id]?.reason ?? '', ...change } }));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const judgements = actions.flatMap((a) => {
      const row = rows[a.id];
      return row && isCriticalReviewJudgement(row.judgement) ? [{ actionId: a.id, judgement: row.judgement, reason: row.reason }] : [];
    });
    save.mutate({ review, judgements }, { onSuccess: () => setSaved(true) });
  };
  const judged = actions.filter((a) => isCriticalReviewJudgement(rows[a.id]?.judgement)).length;
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary
        errors={errors.summary}
        description={conflict ? `${save.error!.message} The review on this page has been refreshed: check the judgements and save again.` : errors.general}
      />
      <h2 className="govuk-heading-m">Record the judgements</h2>
      <p className="govuk-body">
        Judge each action as the review found it, and say why. {judged} of {actions.length} actions judged.
      </p>
      <TableScroll label="Judgements by action">
        <table className="govuk-table" id="judgement-0" tabIndex={-1}>
          <caption className="govuk-table__caption govuk-table__caption--s">Judgements by action</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Action</th>
              <th scope="col" className="govuk-table__header">Judgement</th>
              <th scope="col" className="govuk-table__header">Reason</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {actions.map((a) => (
              <tr className="govuk-table__row" key={a.id}>
                <th scope="row" className="govuk-table__header">
                  {a.reference} {a.title}
                </th>
                <td className="govuk-table__cell">
                  <label className="govuk-visually-hidden" htmlFor={`judgement-${a.id}`}>
                    Judgement for action {a.reference}
                  </label>
                  <select
                    id={`judgement-${a.id}`}
                    className="govuk-select"
                    value={rows[a.id]?.judgement ?? ''}
                    onChange={(e) => set(a.id, { judgement: e.target.value })}
                  >
                    <option value="">Not judged</option>
                    {CRITICAL_REVIEW_JUDGEMENTS.map((j) => (
                      <option key={j} value={j}>
                        {judgementWords(j)}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="govuk-table__cell">
                  <label className="govuk-visually-hidden" htmlFor={`reason-${a.id}`}>
                    Reason for action {a.reference}
                  </label>
                  <textarea
                    id={`reason-${a.id}`}
                    className="govuk-textarea govuk-!-margin-bottom-0"
                    rows={2}
                    maxLength={DESCRIPTION_MAX}
                    value={rows[a.id]?.reason ?? ''}
                    onChange={(e) => set(a.id, { reason: e.target.value })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button govuk-button--secondary" disabled={save.isPending}>
          Save the judgements
        </button>
        {saved && (
          <p className="govuk-body" role="status">
            Judgements saved.
          </p>
        )}
      </div>
    </form>
  );
}
