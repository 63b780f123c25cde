import { useRef, useState, type FormEvent } from 'react';
import { COMMENT_MAX } from '@send/domain';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Textarea } from '@/components/ui/form-fields';
import { isApiError } from '@/lib/api-client';
import { toFormErrors } from '@/lib/form-errors';
import { useModerateUpdate, type StatusUpdate } from '../api';

const FIELDS = [['comment', 'comment']] as const;

/** Approve (comment optional) or return to the owner (comment required, said by the API). */
export function ModerationForm({ update, onDone }: { update: StatusUpdate; onDone: (u: StatusUpdate, decision: 'approve' | 'return') => void }) {
  const moderate = useModerateUpdate();
  const [comment, setComment] = useState('');
  // Which button sent the form: a ref, as the click and the submit happen in one event turn.
  const decision = useRef<'approve' | 'return'>('approve');
  const conflict = isApiError(moderate.error) && moderate.error.isConflict;
  const errors = toFormErrors(moderate.error, FIELDS);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const chosen = decision.current;
    moderate.mutate({ update, decision: chosen, comment }, { onSuccess: (u) => onDone(u, chosen) });
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary
        errors={errors.summary}
        description={conflict ? `${moderate.error!.message} The update on this page has been refreshed: read it again before deciding.` : errors.general}
      />
      <h2 className="govuk-heading-m">Moderate this update</h2>
      <Textarea
        id="comment"
        label="Comment for the owner"
        hint="Required when you return the update: say what needs to change. Optional when you approve."
        rows={4}
        maxLength={COMMENT_MAX}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        errors={errors.byField.comment}
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" disabled={moderate.isPending} onClick={() => (decision.current = 'approve')}>
          Approve update
        </button>
        <button type="submit" className="govuk-button govuk-button--warning" disabled={moderate.isPending} onClick={() => (decision.current = 'return')}>
          Return to the owner
        </button>
      </div>
    </form>
  );
}
