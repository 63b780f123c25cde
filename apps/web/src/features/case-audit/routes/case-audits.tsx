import { useState, type FormEvent } from 'react';
import {
  CASE_AUDIT_DOMAIN_LABELS,
  CASE_AUDIT_DOMAINS,
  CASE_AUDIT_GRADES,
  CASE_REFERENCE_HINT,
  CASE_REFERENCE_MAX,
  DESCRIPTION_MAX,
  RAG_COLOURS,
  type CaseAuditDomain,
  type CaseAuditGrade,
} from '@send/domain';
import { StackedBarChart } from '@/components/charts';
import { ChartFigure, Legend } from '@/components/ui/chart-figure';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Checkboxes, DateInput, joinIsoDate, Select, Textarea, TextInput } from '@/components/ui/form-fields';
import { NotificationBanner, usePageTitle } from '@/components/ui/misc';
import { ErrorState, Loading, QueryState } from '@/components/ui/page-state';
import { DataTable } from '@/components/ui/sortable-table';
import { TableScroll } from '@/components/ui/table-scroll';
import { useOrganisations } from '@/features/action/api';
import { useMe } from '@/features/auth/api';
import { hasPolicy } from '@/features/auth/authorization';
import { RequirePolicy } from '@/features/auth/components/require-policy';
import { useCurrentPlan } from '@/features/plan/api';
import { formatDate, plural } from '@/lib/format';
import { toFormErrors } from '@/lib/form-errors';
import { useCaseAudits, useCaseAuditSummary, useRecordCaseAudit, type CaseAuditSummaryResponse } from '../api';
import { GRADE_RAG, gradeWords } from '../grade-words';

const FIELDS = [
  ['reference', 'reference'],
  ['auditDate', 'auditDate'],
  ['auditorOrganisationIds', 'auditorOrganisationIds'],
  ...CASE_AUDIT_DOMAINS.map((d) => [`grades.${d}`, `grade-${d}`] as const),
  ['grades', `grade-${CASE_AUDIT_DOMAINS[0]}`],
  ['strengths', 'strengths'],
  ['learningThemes', 'learningThemes'],
  ['priorityAreaIds', 'priorityAreaIds'],
] as const;

/** Grades by domain: a stacked bar per domain, with the same counts in a table beside it. */
function GradesByDomain({ summary }: { summary: CaseAuditSummaryResponse }) {
  const totals = CASE_AUDIT_GRADES.map((g) => ({ grade: g, count: summary.domains.reduce((n, d) => n + d.counts[g], 0) }));
  return (
    <ChartFigure
      id="grades-by-domain"
      title="Grades by domain"
      summary={`Across ${plural(summary.audits, 'audit')}, ${summary.domains.map((d) => `${d.label}: ${d.goodOrBetter} of ${d.graded} good or better`).join('; ')}.`}
      legend={<Legend items={totals.map((t) => ({ label: `${gradeWords(t.grade)}: ${t.count}`, className: `app-swatch--${GRADE_RAG[t.grade]}` }))} />}
      table={
        <TableScroll label="Grades by domain">
          <DataTable
            caption="Audits by domain and grade"
            head={['Domain', ...CASE_AUDIT_GRADES.map(gradeWords), 'Audits graded']}
            rows={summary.domains.map((d) => [d.label, ...CASE_AUDIT_GRADES.map((g) => d.counts[g]), d.graded])}
          />
        </TableScroll>
      }
    >
      <StackedBarChart
        labelWidth={200}
        rows={summary.domains.map((d) => ({ label: d.label, ...d.counts }))}
        series={CASE_AUDIT_GRADES.map((g) => ({ key: g, label: gradeWords(g), colour: RAG_COLOURS[GRADE_RAG[g]].colour }))}
      />
    </ChartFigure>
  );
}

function LearningThemes({ summary }: { summary: CaseAuditSummaryResponse }) {
  return (
    <>
      <h2 className="govuk-heading-m">Learning themes</h2>
      {summary.learningThemes.length === 0 ? (
        <p className="govuk-body">No learning themes have been recorded yet.</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet">
          {summary.learningThemes.map((t) => (
            <li key={t.theme}>
              {t.theme} <span className="govuk-hint govuk-!-display-inline">(raised in {plural(t.count, 'audit')})</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function AuditsTable({ planId }: { planId: string }) {
  const audits = useCaseAudits(planId);
  return (
    <>
      <h2 className="govuk-heading-m">Audits</h2>
      <QueryState query={audits} loadingLabel="Loading the case audits">
        {(page) =>
          page.items.length === 0 ? (
            <p className="govuk-body">No case audit has been recorded yet.</p>
          ) : (
            <TableScroll label="Case audits">
              <DataTable
                caption={plural(page.total, 'case audit')}
                head={['Case reference', 'Day', 'Auditors', ...CASE_AUDIT_DOMAINS.map((d) => CASE_AUDIT_DOMAIN_LABELS[d]), 'Learning themes']}
                numericFrom={99}
                rows={page.items.map((a) => [
                  <>
                    {a.reference}
                    {a.illustrative && <strong className="govuk-tag govuk-tag--grey app-illustrative govuk-!-margin-left-1">Illustrative</strong>}
                  </>,
                  formatDate(a.auditDate),
                  a.auditorOrganisations.map((o) => o.name).join('; ') || 'Not recorded',
                  ...CASE_AUDIT_DOMAINS.map((d) => gradeWords(a.grades[d])),
                  a.learningThemes.join('; ') || 'None',
                ])}
              />
            </TableScroll>
          )
        }
      </QueryState>
    </>
  );
}

/** Records an audit: a case reference (never a name), its day, the auditors' organisations and a grade per domain. */
function RecordAuditForm({ planId, priorityAreas }: { planId: string; priorityAreas: { id: string; number: number; title: string }[] }) {
  const record = useRecordCaseAudit(planId);
  const organisations = useOrganisations();
  const [reference, setReference] = useState('');
  const [date, setDate] = useState({ day: '', month: '', year: '' });
  const [orgIds, setOrgIds] = useState<string[]>([]);
  const [grades, setGrades] = useState<Partial<Record<CaseAuditDomain, CaseAuditGrade>>>({});
  const [strengths, setStrengths] = useState('');
  const [themes, setThemes] = useState('');
  const [areaIds, setAreaIds] = useState<string[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const errors = toFormErrors(record.error, FIELDS);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    record.mutate(
      {
        reference: reference.trim(),
        auditDate: joinIsoDate(date) ?? `${date.year}-${date.month}-${date.day}`,
        auditorOrganisationIds: orgIds,
        grades,
        strengths,
        learningThemes: themes.split('\n').map((t) => t.trim()).filter(Boolean),
        priorityAreaIds: areaIds,
      },
      {
        onSuccess: (a) => {
          setSaved(a.reference);
          setReference('');
          setGrades({});
          setStrengths('');
          setThemes('');
          setOrgIds([]);
          setAreaIds([]);
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <h2 className="govuk-heading-m">Record a case audit</h2>
      {saved && <NotificationBanner success title="Success">The audit of case {saved} has been recorded.</NotificationBanner>}
      <ErrorSummary errors={errors.summary} description={errors.general} />
      <TextInput
        id="reference"
        label="Case reference"
        hint={`${CASE_REFERENCE_HINT}. Letters, digits and hyphens, for example CA-2025-07.`}
        widthClass="govuk-input--width-20"
        maxLength={CASE_REFERENCE_MAX}
        autoComplete="off"
        spellCheck={false}
        value={reference}
        onChange={(e) => setReference(e.target.value)}
        errors={errors.byField.reference}
      />
      <DateInput id="auditDate" legend="Day of the audit" hint="For example, 22 1 2025" value={date} onChange={setDate} errors={errors.byField.auditDate} />
      <Checkboxes
        id="auditorOrganisationIds"
        legend="The auditors' organisations"
        options={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
        values={orgIds}
        onChange={setOrgIds}
        errors={errors.byField.auditorOrganisationIds}
      />
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">A grade for each domain</legend>
        {CASE_AUDIT_DOMAINS.map((d) => (
          <Select
            key={d}
            id={`grade-${d}`}
            label={CASE_AUDIT_DOMAIN_LABELS[d]}
            placeholder="Choose a grade"
            options={CASE_AUDIT_GRADES.map((g) => ({ value: g, label: gradeWords(g) }))}
            value={grades[d] ?? ''}
            onChange={(e) => setGrades({ ...grades, [d]: e.target.value as CaseAuditGrade })}
            errors={[...(errors.byField[`grades.${d}`] ?? []), ...(d === CASE_AUDIT_DOMAINS[0] ? (errors.byField.grades ?? []) : [])]}
          />
        ))}
      </fieldset>
      <Textarea id="strengths" label="Strengths" hint="What the audit found was strong" maxLength={DESCRIPTION_MAX} value={strengths} onChange={(e) => setStrengths(e.target.value)} errors={errors.byField.strengths} />
      <Textarea
        id="learningThemes"
        label="Learning themes"
        hint="One on each line, in a few words"
        value={themes}
        onChange={(e) => setThemes(e.target.value)}
        errors={errors.byField.learningThemes}
      />
      <Checkboxes
        id="priorityAreaIds"
        legend="Priority areas the findings bear on"
        options={priorityAreas.map((p) => ({ value: p.id, label: `${p.number}. ${p.title}` }))}
        values={areaIds}
        onChange={setAreaIds}
        errors={errors.byField.priorityAreaIds}
      />
      <button type="submit" className="govuk-button" disabled={record.isPending}>
        Record the audit
      </button>
    </form>
  );
}

export function CaseAuditsRoute() {
  usePageTitle('Case audits');
  const me = useMe();
  const current = useCurrentPlan();
  const summary = useCaseAuditSummary(current.plan?.id);
  if (current.isPending) return <Loading label="Loading the plan" />;
  if (current.error) return <ErrorState error={current.error} heading />;
  if (!current.plan) return <h1 className="govuk-heading-l">There is no plan yet</h1>;
  const plan = current.plan;
  return (
    <>
      <span className="govuk-caption-l">{plan.title}</span>
      <h1 className="govuk-heading-l">Multi-agency case audits</h1>
      <p className="govuk-body">
        Partners audit a child&apos;s files together and grade what they find in six domains, from outstanding to inadequate. A case is named by its
        reference, never by the child&apos;s name.
      </p>
      <QueryState query={summary} loadingLabel="Loading the grades">
        {(s) => (
          <>
            {s.illustrative > 0 && (
              <p className="govuk-inset-text">
                {s.illustrative === s.audits ? 'Every audit here is illustrative demo data.' : `${plural(s.illustrative, 'audit')} here ${s.illustrative === 1 ? 'is' : 'are'} illustrative demo data.`}
              </p>
            )}
            <GradesByDomain summary={s} />
            <LearningThemes summary={s} />
          </>
        )}
      </QueryState>
      {hasPolicy(me.data, 'readCaseAudits') && <AuditsTable planId={plan.id} />}
      {hasPolicy(me.data, 'recordCaseAudit') && <RecordAuditForm planId={plan.id} priorityAreas={plan.priorityAreas} />}
    </>
  );
}

export default function CaseAuditsPage() {
  return (
    <RequirePolicy policy="readCaseAuditSummary">
      <CaseAuditsRoute />
    </RequirePolicy>
  );
}
