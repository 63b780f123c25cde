/**
 * How far an upload has gone, in words in a live region (announced as it changes) and as a bar.
 * The region is always in the page, so the first message is announced too.
 */
export function UploadProgress({ active, percent }: { active: boolean; percent: number | null }) {
  const reading = active && percent !== null && percent >= 100;
  const message = !active ? '' : reading ? 'Reading the spreadsheet…' : `Uploading ${percent ?? 0}%…`;
  return (
    <div className="app-upload-progress">
      <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1" role="status">
        {message}
      </p>
      {active && !reading && (
        <progress className="app-upload-progress__bar" max={100} value={percent ?? 0} aria-label="Upload progress">
          {percent ?? 0}%
        </progress>
      )}
    </div>
  );
}
