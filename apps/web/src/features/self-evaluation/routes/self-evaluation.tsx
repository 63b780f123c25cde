import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { SELF_EVALUATION_FIELD_LABELS, SELF_EVALUATION_GRADE_LABELS, SELF_EVALUATION_GRADE_RAG, type SelfEvaluationSectionContent } from '@send/domain';
import { Breadcrumbs, Details, usePageTitle } from '@/components/ui/misc';
import { ErrorState, Loading, QueryState } from '@/components/ui/page-state';
import { Textarea } from '@/components/ui/form-fields';
import { RagTag } from '@/components/ui/status-tag';
import { paths } from '@/config/paths';
import { formatDate, formatDateTime } from '@/lib/format';
import { toFormErrors } from '@/lib/form-errors';
import { Can } from '@/features/auth/components/require-policy';
import { useReadiness } from '@/features/inspection/api';
import { usePlanMeasures } from '@/features/measure/api';
import { useCurrentPlan } from '@/features/plan/api';
import { type SelfEvaluationRevision, type SelfEvaluationSection, useAddComment, useSelfEvaluation, useSelfEvaluationHistory } from '../api';
import { type LinkOptions, SectionForm } from '../components/section-form';

function GradeTag({ grade }: { grade: SelfEvaluationSection['grade'] }) {
  return grade ? <RagTag rag={SELF_EVALUATION_GRADE_RAG[grade]} label={SELF_EVALUATION_GRADE_LABELS[grade]} /> : <RagTag rag="grey" label="Not graded yet" />;
}

/** Text as the partnership wrote it: a paragraph per line break. */
function Paragraphs({ text, empty }: { text: string; empty: string }) {
  if (!text.trim()) return <p className="govuk-body app-secondary-text">{empty}</p>;
  return <>{text.split(/\n+/).map((line, i) => <p className="govuk-body" key={i}>{line}</p>)}</>;
}

function CommentForm({ planId, criterionKey }: { planId: string; criterionKey: string }) {
  const add = useAddComment(planId, criterionKey);
  const [text, setText] = useState('');
  const errors = toFormErrors(add.error, [['text', `${criterionKey}-comment`]]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(text, { onSuccess: () => setText('') });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Textarea id={`${criterionKey}-comment`} label="Add a comment" rows={3} maxLength={2000} value={text} onChange={(e) => setText(e.target.value)} errors={errors.byField.text} />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={add.isPending}>Add comment</button>
    </form>
  );
}

function Section({ planId, section, history, options }: { planId: string; section: SelfEvaluationSection; history: SelfEvaluationRevision[]; options: LinkOptions }) {
  const [editing, setEditing] = useState(false);
  const headingId = `criterion-${section.criterionKey}`;
  return (
    <section className="app-sef-section" aria-labelledby={headingId}>
      <h3 className="govuk-heading-s" id={headingId}>{section.criterion}</h3>
      <p className="govuk-body"><GradeTag grade={section.grade} /></p>
      {editing ? (
        <SectionForm planId={planId} section={section} options={options} onDone={() => setEditing(false)} />
      ) : (
        <>
          <Paragraphs text={section.evaluation} empty="Not yet evaluated." />
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-one-half">
              <h4 className="govuk-heading-s">Strengths</h4>
              <Paragraphs text={section.strengths} empty="None recorded." />
            </div>
            <div className="govuk-grid-column-one-half">
              <h4 className="govuk-heading-s">Areas to develop</h4>
              <Paragraphs text={section.areasToDevelop} empty="None recorded." />
            </div>
          </div>
          {(section.findings.length > 0 || section.measures.length > 0 || section.evidence.length > 0) && (
            <dl className="govuk-summary-list govuk-summary-list--no-border">
              {section.findings.length > 0 && (
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Findings</dt>
                  <dd className="govuk-summary-list__value">
                    <ul className="govuk-list">{section.findings.map((f) => <li key={f.id}><Link className="govuk-link" to={paths.readiness.getHref()}>{f.title}</Link></li>)}</ul>
                  </dd>
                </div>
              )}
              {section.measures.length > 0 && (
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Measures</dt>
                  <dd className="govuk-summary-list__value">
                    <ul className="govuk-list">{section.measures.map((m) => <li key={m.id}><Link className="govuk-link" to={paths.measures.getHref()}>{m.title}</Link></li>)}</ul>
                  </dd>
                </div>
              )}
              {section.evidence.length > 0 && (
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Evidence</dt>
                  <dd className="govuk-summary-list__value">
                    <ul className="govuk-list">
                      {section.evidence.map((e) => <li key={e.id}>{e.actionId ? <Link className="govuk-link" to={paths.action.getHref(e.actionId)}>{e.title}</Link> : e.title}</li>)}
                    </ul>
                  </dd>
                </div>
              )}
            </dl>
          )}
          <p className="govuk-body-s app-secondary-text">
            {section.updatedBy ? `Saved by ${section.updatedBy} on ${formatDateTime(section.updatedAt!)}.` : 'Not saved yet.'}
          </p>
          <Can policy="editSelfEvaluation">
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setEditing(true)}>
              Edit<span className="govuk-visually-hidden">: {section.criterion}</span>
            </button>
          </Can>
        </>
      )}
      {history.length > 0 && (
        <Details summary={`Changes (${history.length})`}>
          <ol className="govuk-list">
            {history.map((h) => (
              <li key={h.id}>
                Version {h.revision}, {formatDateTime(h.at)}, {h.by}: {h.changedFields.map((f) => SELF_EVALUATION_FIELD_LABELS[f as keyof SelfEvaluationSectionContent] ?? f).join(', ').toLowerCase() || 'no change'}
              </li>
            ))}
          </ol>
        </Details>
      )}
      <h4 className="govuk-heading-s">Comments</h4>
      {section.comments.length === 0 ? (
        <p className="govuk-body app-secondary-text">No comments yet.</p>
      ) : (
        <ul className="govuk-list">
          {section.comments.map((c) => (
            <li key={c.id}>
              <span className="govuk-!-font-weight-bold">{c.author}</span>, {formatDate(c.createdAt)}: {c.text}
            </li>
          ))}
        </ul>
      )}
      <Can policy="commentSelfEvaluation">
        <CommentForm planId={planId} criterionKey={section.criterionKey} />
      </Can>
    </section>
  );
}

/**
 * The partnership's self-evaluation (SEF): the inspection framework's criteria in its order, each
 * with the partnership's evaluation, strengths, areas to develop and grade, what it rests on, and
 * partners' comments; every save a version.
 */
export function SelfEvaluationRoute() {
  usePageTitle('Self-evaluation');
  const [params] = useSearchParams();
  const current = useCurrentPlan(params.get('plan'));
  const planId = current.plan?.id;
  const sef = useSelfEvaluation(planId);
  const history = useSelfEvaluationHistory(planId);
  const readiness = useReadiness(planId);
  const measures = usePlanMeasures(planId);

  if (current.isPending) return <Loading label="Loading the plan" />;
  if (current.error) return <ErrorState error={current.error} onRetry={() => void current.refetch()} heading />;
  if (!current.plan) return <h1 className="govuk-heading-l">There is no plan yet</h1>;

  const evidence = new Map<string, string>();
  for (const f of readiness.data?.findings ?? []) for (const a of f.actions) for (const e of a.impactEvidence) evidence.set(e.id, `${e.title} (action ${a.reference})`);
  const options: LinkOptions = {
    findings: (readiness.data?.findings ?? []).map((f) => ({ value: f.id, label: `${f.number}. ${f.title ?? f.text}` })),
    measures: (measures.data ?? []).map((m) => ({ value: m.id, label: m.title })),
    evidence: [...evidence].map(([value, label]) => ({ value, label })),
  };

  return (
    <>
      <Breadcrumbs items={[{ label: 'Dashboard', to: paths.home.getHref() }, { label: 'Self-evaluation' }]} />
      <span className="govuk-caption-l">{current.plan.title}</span>
      <h1 className="govuk-heading-l">Self-evaluation</h1>
      <QueryState query={sef} loadingLabel="Loading the self-evaluation" heading>
        {(s) => (
          <>
            <p className="govuk-body-l" role="status">
              {s.completeness.written} of {s.completeness.total} criteria evaluated and graded{s.completeness.missing ? `; ${s.completeness.missing} still to write` : ''}.
            </p>
            <p className="govuk-body">
              Written against the evaluation criteria of {s.framework.title}. {s.framework.source}
            </p>
            {s.framework.areas.map((area) => (
              <section key={area.key} aria-labelledby={`area-${area.key}`}>
                <h2 className="govuk-heading-m" id={`area-${area.key}`}>{area.heading}</h2>
                {s.sections.filter((section) => section.areaKey === area.key).map((section) => (
                  <Section key={section.criterionKey} planId={s.planId} section={section} options={options}
                    history={(history.data ?? []).filter((h) => h.criterionKey === section.criterionKey)} />
                ))}
              </section>
            ))}
          </>
        )}
      </QueryState>
    </>
  );
}

export default SelfEvaluationRoute;
