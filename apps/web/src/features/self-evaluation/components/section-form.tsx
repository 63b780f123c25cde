import { useState, type FormEvent } from 'react';
import { isSelfEvaluationGrade, SELF_EVALUATION_GRADE_LABELS, SELF_EVALUATION_GRADES } from '@send/domain';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Checkboxes, Radios, Textarea } from '@/components/ui/form-fields';
import { isApiError } from '@/lib/api-client';
import { toFormErrors } from '@/lib/form-errors';
import { type SelfEvaluationSection, useSaveSection } from '../api';

const TEXT_MAX = 20_000;

export interface LinkOptions {
  findings: { value: string; label: string }[];
  measures: { value: string; label: string }[];
  evidence: { value: string; label: string }[];
}

/** Keeps a link the section already has in the list, even when the options no longer offer it. */
function withCurrent(options: { value: string; label: string }[], current: { id: string; title: string }[]) {
  return [...options, ...current.filter((c) => !options.some((o) => o.value === c.id)).map((c) => ({ value: c.id, label: c.title }))];
}

/** Edits one criterion's section; a save made meanwhile by someone else is shown, not overwritten. */
export function SectionForm({ planId, section, options, onDone }: { planId: string; section: SelfEvaluationSection; options: LinkOptions; onDone: () => void }) {
  const save = useSaveSection(planId, section.criterionKey);
  const id = (field: string) => `${section.criterionKey}-${field}`;
  const [v, setV] = useState({
    evaluation: section.evaluation,
    strengths: section.strengths,
    areasToDevelop: section.areasToDevelop,
    grade: section.grade ?? ('' as const),
    findingIds: section.findings.map((f) => f.id),
    measureIds: section.measures.map((m) => m.id),
    evidenceIds: section.evidence.map((e) => e.id),
  });
  const errors = toFormErrors(save.error, [
    ['evaluation', id('evaluation')], ['strengths', id('strengths')], ['areasToDevelop', id('areas')], ['grade', id('grade')],
    ['findingIds', id('findings')], ['measureIds', id('measures')], ['evidenceIds', id('evidence')],
  ]);
  const conflict = isApiError(save.error) && save.error.isConflict;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ ...v, grade: v.grade === '' ? null : v.grade, version: section.version }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={`Edit: ${section.criterion}`}>
      <ErrorSummary
        errors={errors.summary}
        description={conflict ? 'Someone saved this section since you opened it. Their version is shown on the page; copy your words, cancel, and edit again.' : errors.general}
      />
      <Textarea id={id('evaluation')} label="Evaluation" hint="What is different for children and families, and how you know" maxLength={TEXT_MAX} rows={8}
        value={v.evaluation} onChange={(e) => setV({ ...v, evaluation: e.target.value })} errors={errors.byField.evaluation} />
      <Textarea id={id('strengths')} label="Strengths" maxLength={TEXT_MAX} value={v.strengths} onChange={(e) => setV({ ...v, strengths: e.target.value })} errors={errors.byField.strengths} />
      <Textarea id={id('areas')} label="Areas to develop" maxLength={TEXT_MAX} value={v.areasToDevelop} onChange={(e) => setV({ ...v, areasToDevelop: e.target.value })} errors={errors.byField.areasToDevelop} />
      <Radios
        id={id('grade')}
        legend="Self-assessed grade"
        hint="The inspection framework's outcomes"
        options={[...SELF_EVALUATION_GRADES.map((g) => ({ value: g, label: SELF_EVALUATION_GRADE_LABELS[g] })), { value: '', label: 'Not graded yet' }]}
        value={v.grade}
        onChange={(grade) => setV({ ...v, grade: isSelfEvaluationGrade(grade) ? grade : '' })}
        errors={errors.byField.grade}
        small
      />
      {options.findings.length > 0 && (
        <Checkboxes id={id('findings')} legend="The inspection's findings this speaks to" options={withCurrent(options.findings, section.findings)}
          values={v.findingIds} onChange={(findingIds) => setV({ ...v, findingIds })} errors={errors.byField.findingIds} />
      )}
      {options.measures.length > 0 && (
        <Checkboxes id={id('measures')} legend="Measures" options={withCurrent(options.measures, section.measures)}
          values={v.measureIds} onChange={(measureIds) => setV({ ...v, measureIds })} errors={errors.byField.measureIds} />
      )}
      {options.evidence.length > 0 && (
        <Checkboxes id={id('evidence')} legend="Evidence of impact" options={withCurrent(options.evidence, section.evidence)}
          values={v.evidenceIds} onChange={(evidenceIds) => setV({ ...v, evidenceIds })} errors={errors.byField.evidenceIds} />
      )}
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" disabled={save.isPending}>Save section</button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onDone}>Cancel</button>
      </div>
    </form>
  );
}
