import { useRef, useState, type FormEvent } from 'react';
import { REVIEW_NOTE_MAX } from '@send/domain';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Textarea } from '@/components/ui/form-fields';
import { isApiError } from '@/lib/api-client';
import { toFormErrors } from '@/lib/form-errors';
import { useDecideCriticalReview, type CriticalReviewDetail } from '../api';

const FIELDS = [['note', 'note']] as const;

/** The recorder sends the review to moderation. */
export function SubmitReviewForm({ review }: { review: CriticalReviewDetail }) {
  const decide = useDecideCriticalReview();
  const conflict = isApiError(decide.error) && decide.error.isConflict;
  const errors = toFormErrors(decide.error, []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    decide.mutate({ review, decision: 'submit' });
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={[]} description={conflict ? `${decide.error!.message} The review has been refreshed: read it again before submitting.` : errors.general} />
      <h2 className="govuk-heading-m">Send for moderation</h2>
      <p className="govuk-body">A moderator who did not record or submit the review approves it or returns it with a reason.</p>
      <button type="submit" className="govuk-button" disabled={decide.isPending}>
        Submit the review for moderation
      </button>
    </form>
  );
}

/** A second person approves the review (note optional) or returns it (note required, said by the API). */
export function ModerateReviewForm({ review }: { review: CriticalReviewDetail }) {
  const decide = useDecideCriticalReview();
  const [note, setNote] = useState('');
  const decision = useRef<'approve' | 'return'>('approve');
  const conflict = isApiError(decide.error) && decide.error.isConflict;
  const errors = toFormErrors(decide.error, FIELDS);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    decide.mutate({ review, decision: decision.current, note });
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary
        errors={errors.summary}
        description={conflict ? `${decide.error!.message} The review has been refreshed: read it again before deciding.` : errors.general}
      />
      <h2 className="govuk-heading-m">Moderate this review</h2>
      <Textarea
        id="note"
        label="Moderation note"
        hint="Required when you return the review: say what needs to change. Optional when you approve."
        rows={4}
        maxLength={REVIEW_NOTE_MAX}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        errors={errors.byField.note}
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" disabled={decide.isPending} onClick={() => (decision.current = 'approve')}>
          Approve the review
        </button>
        <button type="submit" className="govuk-button govuk-button--warning" disabled={decide.isPending} onClick={() => (decision.current = 'return')}>
          Return to the recorder
        </button>
      </div>
    </form>
  );
}
