import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { COMMENT_MAX } from '@send/domain';
import { ErrorSummary } from '@/components/ui/error-summary';
import { DateInput, joinIsoDate, Textarea, TextInput } from '@/components/ui/form-fields';
import { BackLink, usePageTitle } from '@/components/ui/misc';
import { QueryState } from '@/components/ui/page-state';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format';
import { toFormErrors } from '@/lib/form-errors';
import { RequirePolicy } from '@/features/auth/components/require-policy';
import { useAddMeasureValue, useMeasure } from '../api';
import { withUnit } from '../describe';

const FIELDS = [
  ['periodEnd', 'periodEnd'],
  ['value', 'value'],
  ['note', 'note'],
  ['cohortSize', 'cohortSize'],
] as const;

export function MeasureValueNewRoute() {
  const { measureId = '' } = useParams();
  const navigate = useNavigate();
  const measure = useMeasure(measureId);
  const add = useAddMeasureValue(measureId);
  const [periodEnd, setPeriodEnd] = useState({ day: '', month: '', year: '' });
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [cohortSize, setCohortSize] = useState('');
  const errors = toFormErrors(add.error, FIELDS);
  usePageTitle('Add a measure value', !!add.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = value.trim().replace(/,/g, '');
    // A number goes as a number; anything else as typed, for the API to refuse with its message.
    const numeric = trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed;
    const respondents = cohortSize.trim();
    // A whole number goes as a number; anything else as typed, for the API to refuse with its message.
    const cohort = respondents === '' ? {} : { cohortSize: /^\d+$/.test(respondents) ? Number(respondents) : respondents };
    add.mutate(
      { periodEnd: joinIsoDate(periodEnd), value: numeric, ...(note.trim() ? { note } : {}), ...cohort },
      { onSuccess: () => navigate(paths.measures.getHref()) },
    );
  };

  return (
    <RequirePolicy policy="addMeasureValue">
      <BackLink to={paths.measures.getHref()}>Back to measures</BackLink>
      <QueryState query={measure} loadingLabel="Loading the measure" heading>
        {(m) => (
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-two-thirds">
              <ErrorSummary errors={errors.summary} description={errors.general} />
              <span className="govuk-caption-l">{m.title}</span>
              <h1 className="govuk-heading-l">Add a value</h1>
              <p className="govuk-body">
                {m.latest ? `The latest value is ${withUnit(m.latest.value, m)} for the period to ${formatDate(m.latest.periodEnd)}.` : 'No value has been recorded yet.'} Unit: {m.unitLabel.toLowerCase()}.
              </p>
              <form onSubmit={submit} noValidate>
                <DateInput id="periodEnd" legend="End of the period the value covers" hint="For example, 31 3 2025" value={periodEnd} onChange={setPeriodEnd} errors={errors.byField.periodEnd} />
                <TextInput id="value" label="Value" inputMode="decimal" widthClass="govuk-input--width-10" value={value} onChange={(e) => setValue(e.target.value)} errors={errors.byField.value} />
                {m.sourceKind === 'survey' && (
                  <TextInput
                    id="cohortSize"
                    label="Number of respondents (optional)"
                    hint="How many people answered the survey question this figure comes from."
                    inputMode="numeric"
                    widthClass="govuk-input--width-5"
                    value={cohortSize}
                    onChange={(e) => setCohortSize(e.target.value)}
                    errors={errors.byField.cohortSize}
                  />
                )}
                <Textarea id="note" label="Note (optional)" hint="Where the figure comes from, or anything the board should know about it." maxLength={COMMENT_MAX} value={note} onChange={(e) => setNote(e.target.value)} errors={errors.byField.note} />
                <div className="govuk-button-group">
                  <button type="submit" className="govuk-button" disabled={add.isPending}>
                    Add value
                  </button>
                  <Link className="govuk-link" to={paths.measures.getHref()}>
                    Cancel
                  </Link>
                </div>
              </form>
            </div>
          </div>
        )}
      </QueryState>
    </RequirePolicy>
  );
}

export default MeasureValueNewRoute;
