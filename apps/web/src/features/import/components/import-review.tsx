import { useEffect, useState } from 'react';
import type { ImportMapping } from '@send/domain';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import { usePageTitle } from '@/components/ui/misc';
import { isApiError } from '@/lib/api-client';
import { plural } from '@/lib/format';
import { useCommitImport, useUpdateImport, type ImportPreview } from '../api';
import { CommitSection } from './commit-section';
import { ChangedRows, ChangeSummary, FileSummary, RowSummary } from './import-summary';
import { MappingForm, mappingInputId } from './mapping-form';
import { ProblemsForm, skipInputId } from './problems-form';
import { WarningsList } from './warnings-list';

type Source = 'mapping' | 'skip' | 'commit';

/** Where an API error about an import points on this page: a row's skip box, a field's select, the problems. */
function inputFor(field: string): string | null {
  const row = /^rows\.(\d+)/.exec(field);
  if (row) return skipInputId(Number(row[1]));
  const mapped = /^mapping\.(\w+)$/.exec(field);
  if (mapped?.[1]) return mappingInputId(mapped[1]);
  if (field === 'skipRows') return 'problems-heading';
  return null;
}

/** An API refusal as a GOV.UK error summary: its message, and a link to where each named problem is resolved. */
function toSummary(error: unknown): { errors: SummaryError[]; description?: string } {
  if (!error) return { errors: [] };
  if (!isApiError(error)) return { errors: [], description: 'Sorry, there is a problem with the service. Try again later.' };
  const errors: SummaryError[] = [];
  let description = error.message;
  for (const fe of error.fieldErrors) {
    const href = inputFor(fe.field);
    if (!href || !document.getElementById(href)) continue;
    errors.push({ href, message: fe.message });
    // The API's message repeats the first problems; each is a link below, so say it once.
    description = description.replace(fe.message, '');
  }
  return { errors, description: description.replace(/\s+/g, ' ').trim() };
}

function FormStatus({ text }: { text: string }) {
  return (
    <p className="govuk-body govuk-!-font-weight-bold" role="status">
      {text}
    </p>
  );
}

/**
 * Checking an uploaded tracker before it is committed: the plan it would change and how, the
 * problems (each row can be skipped), the column mapping, and the commit. Each change answers a
 * new preview from the API, which replaces this one.
 */
export function ImportReview({ preview, onCommitted }: { preview: ImportPreview; onCommitted: (preview: ImportPreview) => void }) {
  const update = useUpdateImport(preview.id);
  const commit = useCommitImport(preview.id, { onSuccess: onCommitted });
  const [source, setSource] = useState<Source | null>(null);
  const [done, setDone] = useState<{ source: Source; text: string } | null>(null);
  // The error summary links to inputs, so it is worked out once they are on the page.
  const [summary, setSummary] = useState<{ errors: SummaryError[]; description?: string }>({ errors: [] });
  const error = source === 'commit' ? commit.error : update.error;
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the summary reads which inputs are on the page, which only an effect can see
  useEffect(() => setSummary(toSummary(error)), [error]);
  usePageTitle('Check the import', !!error);

  const mappingErrors: Record<string, string[]> = {};
  if (source === 'mapping' && isApiError(update.error)) {
    for (const fe of update.error.fieldErrors) (mappingErrors[fe.field] ??= []).push(fe.message);
  }

  const change = (which: Source, input: { mapping?: ImportMapping; skipRows?: number[] }) => {
    setSource(which);
    setDone(null);
    commit.reset();
    update.mutate(
      { version: preview.version, ...input },
      {
        onSuccess: (next) =>
          setDone({
            source: which,
            text: `The preview has been updated: ${next.problemCount === 0 ? 'no problems remain' : `${plural(next.problemCount, 'problem')} to resolve`}.`,
          }),
      },
    );
  };
  const statusOf = (which: Source) =>
    source === which && update.isPending ? 'Updating the preview…' : done?.source === which ? done.text : '';

  return (
    <>
      <ErrorSummary errors={summary.errors} description={summary.description} title={source === 'commit' ? 'The import was not committed' : undefined} />
      <span className="govuk-caption-l">Import a plan from a spreadsheet</span>
      <h1 className="govuk-heading-l">Check the import</h1>
      <p className="govuk-body">Nothing has been saved to the plan yet. Check what the spreadsheet would change, resolve any problems, then commit it.</p>
      <FileSummary preview={preview} />

      <h2 className="govuk-heading-m">What the import would change</h2>
      <ChangeSummary preview={preview} />
      <ChangedRows preview={preview} />

      <h2 className="govuk-heading-m">Rows read</h2>
      <RowSummary preview={preview} />

      <h2 className="govuk-heading-m" id="problems-heading" tabIndex={-1}>
        Problems{preview.problemCount > 0 ? ` (${preview.problemCount})` : ''}
      </h2>
      <ProblemsForm
        preview={preview}
        pending={update.isPending}
        onSubmit={(skipRows) => change('skip', { skipRows })}
      />
      <FormStatus text={statusOf('skip')} />

      <h2 className="govuk-heading-m" id="warnings-heading">
        Warnings{preview.warningCount > 0 ? ` (${preview.warningCount})` : ''}
      </h2>
      <WarningsList preview={preview} />

      <h2 className="govuk-heading-m" id="columns-heading">
        Columns
      </h2>
      <MappingForm preview={preview} errors={mappingErrors} pending={update.isPending} onSubmit={(mapping) => change('mapping', { mapping })} />
      <FormStatus text={statusOf('mapping')} />

      <h2 className="govuk-heading-m">Commit the import</h2>
      <CommitSection
        preview={preview}
        pending={commit.isPending}
        onCommit={() => {
          setSource('commit');
          setDone(null);
          commit.mutate({ version: preview.version });
        }}
      />
    </>
  );
}
