import { plural } from '@/lib/format';
import type { ImportPreview } from '../api';

/**
 * The one button that writes to the plan. It stays usable while problems remain (a disabled
 * button cannot be focused or explain itself); the API refuses such a commit and the page shows why.
 */
export function CommitSection({ preview, pending, onCommit }: { preview: ImportPreview; pending: boolean; onCommit: () => void }) {
  const { plan } = preview;
  const label = plan.action === 'create' ? 'Create the plan' : 'Import into the plan';
  return (
    <>
      {preview.canCommit ? (
        <p className="govuk-body" id="commit-hint">
          {plan.action === 'create' ? `This creates the plan ${plan.title}` : `This updates ${plan.title}`}: {plural(plan.actions.new, 'new action')} and{' '}
          {plural(plan.actions.changed, 'updated action')}, all in one go. If anything cannot be saved, nothing is.
          {preview.warningCount > 0 && ` The ${plural(preview.warningCount, 'warning')} above will not stop it.`}
        </p>
      ) : (
        <div className="govuk-inset-text" id="commit-hint">
          You cannot import this yet: {plural(preview.problemCount, 'problem')} {preview.problemCount === 1 ? 'remains' : 'remain'}. Skip the rows, change
          the columns, or correct the spreadsheet and upload it again.
        </div>
      )}
      <button
        type="button"
        className="govuk-button"
        aria-describedby="commit-hint"
        aria-disabled={pending || undefined}
        onClick={() => {
          if (!pending) onCommit();
        }}
      >
        {label}
      </button>
      <p className="govuk-body govuk-!-font-weight-bold" role="status">
        {pending ? 'Importing…' : ''}
      </p>
    </>
  );
}
