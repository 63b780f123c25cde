import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { AUDIT_THEME_LABELS, AUDIT_THEMES, EXPECTATION_RATING_LABELS, EXPECTATION_RATINGS, type AuditTheme, type ExpectationRating } from '@send/domain';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Checkboxes, DateInput, joinIsoDate, Radios, splitIsoDate, Textarea } from '@/components/ui/form-fields';
import { Details, usePageTitle } from '@/components/ui/misc';
import { QueryState } from '@/components/ui/page-state';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-client';
import { toFormErrors } from '@/lib/form-errors';
import { RequirePolicy } from '@/features/auth/components/require-policy';
import { useAudit, useUpdateAudit, type AuditDetail, type AuditPoint } from '../api';
import { linesOf } from '../lines';

const RATING_OPTIONS = EXPECTATION_RATINGS.map((r) => ({ value: r, label: EXPECTATION_RATING_LABELS[r] }));
type ByTheme = Record<AuditTheme, string>;

const themeText = (points: AuditPoint[]): ByTheme =>
  Object.fromEntries(AUDIT_THEMES.map((t) => [t, points.filter((p) => p.theme === t).map((p) => p.text).join('\n')])) as ByTheme;
const themePoints = (text: ByTheme): AuditPoint[] => AUDIT_THEMES.flatMap((theme) => linesOf(text[theme]).map((line) => ({ theme, text: line })));

function AuditForm({ audit }: { audit: AuditDetail }) {
  const navigate = useNavigate();
  const update = useUpdateAudit(audit.id);
  const [visitDate, setVisitDate] = useState(() => splitIsoDate(audit.visitDate));
  const [auditors, setAuditors] = useState(audit.auditors.join('\n'));
  const [strengths, setStrengths] = useState(audit.strengths.join('\n'));
  const [findings, setFindings] = useState(() => themeText(audit.findings));
  const [nextSteps, setNextSteps] = useState(() => themeText(audit.nextSteps));
  const [ratings, setRatings] = useState<Record<string, ExpectationRating | ''>>(
    () => Object.fromEntries(audit.areas.flatMap((a) => a.statements.map((s) => [s.id, s.rating ?? '']))),
  );
  const [publish, setPublish] = useState(audit.state === 'published');
  const errors = toFormErrors(update.error, [
    ['visitDate', 'visit-date'], ['auditors', 'auditors'], ['ratings', `rating-${audit.areas[0]?.statements[0]?.id ?? ''}`], ['strengths', 'strengths'],
    ['findings', `findings-${AUDIT_THEMES[0]}`], ['nextSteps', `next-steps-${AUDIT_THEMES[0]}`], ['state', 'publish'],
  ]);
  const conflict = isApiError(update.error) && update.error.status === 409;

  function submit(event: FormEvent) {
    event.preventDefault();
    update.mutate({
      version: audit.version,
      visitDate: joinIsoDate(visitDate) ?? '',
      auditors: linesOf(auditors),
      strengths: linesOf(strengths),
      findings: themePoints(findings),
      nextSteps: themePoints(nextSteps),
      ratings: Object.entries(ratings).filter(([, r]) => r).map(([statementId, rating]) => ({ statementId, rating: rating as ExpectationRating })),
      state: publish ? 'published' : 'draft',
    }, { onSuccess: (a) => void navigate(paths.schoolAudit.getHref(a.id)) });
  }

  const rated = Object.values(ratings).filter(Boolean).length;
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={errors.summary} description={conflict ? 'Someone saved this visit since you opened it. Reload the page to see their changes, then make yours again.' : errors.general} />
      <DateInput id="visit-date" legend="Date of the visit" value={visitDate} onChange={setVisitDate} errors={errors.byField.visitDate} />
      <Textarea id="auditors" label="Auditors" hint="One name on each line" rows={2} value={auditors} onChange={(e) => setAuditors(e.target.value)} errors={errors.byField.auditors} />
      <h2 className="govuk-heading-m">Ratings of the expectations</h2>
      <p className="govuk-body" aria-live="polite">{rated} of {Object.keys(ratings).length} statements rated.</p>
      <ErrorMessageFor messages={errors.byField.ratings} />
      {audit.areas.map((area) => (
        <Details key={area.number} summary={`${area.number}. ${area.title} (${area.statements.filter((s) => ratings[s.id]).length} of ${area.statements.length} rated)`}>
          {area.statements.map((s) => (
            <Radios
              key={s.id} id={`rating-${s.id}`} legend={`${area.number}.${s.number} ${s.text}`} options={RATING_OPTIONS} small
              hint={s.selfRating ? `The school rated itself: ${EXPECTATION_RATING_LABELS[s.selfRating]}` : undefined}
              value={ratings[s.id] ?? ''} onChange={(v) => setRatings((r) => ({ ...r, [s.id]: v as ExpectationRating }))}
            />
          ))}
        </Details>
      ))}
      <h2 className="govuk-heading-m">What the visit found</h2>
      <Textarea id="strengths" label="Strengths" hint="One strength on each line" rows={4} value={strengths} onChange={(e) => setStrengths(e.target.value)} errors={errors.byField.strengths} />
      <h3 className="govuk-heading-s">Findings, by theme</h3>
      {AUDIT_THEMES.map((t, i) => (
        <Textarea
          key={t} id={`findings-${t}`} label={AUDIT_THEME_LABELS[t]} hint="One finding on each line" rows={3} value={findings[t]}
          onChange={(e) => setFindings((f) => ({ ...f, [t]: e.target.value }))} errors={i === 0 ? errors.byField.findings : undefined}
        />
      ))}
      <h3 className="govuk-heading-s">Next steps agreed with the school, by theme</h3>
      {AUDIT_THEMES.map((t, i) => (
        <Textarea
          key={t} id={`next-steps-${t}`} label={AUDIT_THEME_LABELS[t]} hint="One next step on each line" rows={3} value={nextSteps[t]}
          onChange={(e) => setNextSteps((f) => ({ ...f, [t]: e.target.value }))} errors={i === 0 ? errors.byField.nextSteps : undefined}
        />
      ))}
      <Checkboxes
        id="publish" legend="Show the visit to the school" errors={errors.byField.state}
        options={[{ value: 'published', label: 'Publish: the school sees the ratings, findings and next steps' }]}
        values={publish ? ['published'] : []} onChange={(values) => setPublish(values.includes('published'))}
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" disabled={update.isPending}>Save the audit visit</button>
        <Link className="govuk-link" to={paths.schoolAudit.getHref(audit.id)}>Cancel</Link>
      </div>
    </form>
  );
}

function ErrorMessageFor({ messages }: { messages?: string[] }) {
  if (!messages?.length) return null;
  return <p className="govuk-error-message"><span className="govuk-visually-hidden">Error:</span> {messages[0]}</p>;
}

/** The local authority's reviewer records an audit visit: a rating per statement, strengths, findings and next steps by theme. */
export function EditAuditRoute() {
  const { auditId = '' } = useParams();
  const audit = useAudit(auditId);
  usePageTitle(audit.data ? `Edit the audit visit, ${audit.data.school.name}` : 'Edit the audit visit', audit.isError);
  return (
    <RequirePolicy policy="reviewSchools">
      <QueryState query={audit} loadingLabel="Loading the audit visit" heading>
        {(a) => (
          <>
            <Link className="govuk-back-link" to={paths.schoolAudit.getHref(a.id)}>Back to the audit visit</Link>
            <span className="govuk-caption-l">{a.school.name}</span>
            <h1 className="govuk-heading-l">Record the audit visit</h1>
            <AuditForm key={a.version} audit={a} />
          </>
        )}
      </QueryState>
    </RequirePolicy>
  );
}

export default EditAuditRoute;
