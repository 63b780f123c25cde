import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import {
  DELIVERY_STATUS_INFO,
  DELIVERY_STATUSES,
  IMPACT_STATUS_LABELS,
  IMPACT_STATUSES,
  NARRATIVE_MAX,
  NEXT_STEPS_MAX,
  RISKS_MAX,
  type DeliveryStatus,
  type ImpactStatus,
} from '@send/domain';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Checkboxes, Radios, Textarea } from '@/components/ui/form-fields';
import { Details } from '@/components/ui/misc';
import { isApiError } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { toFormErrors } from '@/lib/form-errors';
import type { StatusUpdate, UpdateContent } from '../api';
import { updateStateLabel } from '../state';

export interface EvidenceOption {
  id: string;
  title: string;
  typeLabel: string;
  date: string | null;
}

const FIELDS = [
  ['proposedDeliveryStatus', 'proposedDeliveryStatus'],
  ['proposedImpactStatus', 'proposedImpactStatus'],
  ['narrative', 'narrative'],
  ['nextSteps', 'nextSteps'],
  ['risks', 'risks'],
  ['evidenceIds', 'evidenceIds'],
] as const;

/**
 * What an owner reports for a period: proposed statuses, progress, next steps, risks and the
 * evidence behind it. The API decides what is valid; its messages appear at the top and beside
 * each field, and nothing typed is lost. `evidenceSlot` holds the upload of a new document.
 */
export function UpdateForm({
  initial,
  evidence,
  error,
  extraFields = [],
  isPending,
  onSave,
  cancelHref,
  heading,
  caption,
  intro,
  evidenceSlot,
}: {
  initial: UpdateContent;
  evidence: EvidenceOption[];
  error: Error | null;
  extraFields?: ReadonlyArray<readonly [string, string]>;
  isPending: boolean;
  onSave: (content: UpdateContent, submit: boolean) => void;
  cancelHref: string;
  heading: string;
  caption: string;
  intro?: ReactNode;
  evidenceSlot?: ReactNode;
}) {
  const [values, setValues] = useState(initial);
  const set = <K extends keyof UpdateContent>(key: K, value: UpdateContent[K]) => setValues((v) => ({ ...v, [key]: value }));
  const conflict = isApiError(error) && error.isConflict;
  const newer = conflict ? (error.current as Partial<StatusUpdate> | undefined) : undefined;
  const errors = toFormErrors(error, [...FIELDS, ...extraFields]);
  // Which button sent the form: a ref, as the click and the submit happen in one event turn.
  const intent = useRef<'save' | 'submit'>('save');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSave(values, intent.current === 'submit');
  };

  return (
    <>
      <ErrorSummary
        errors={errors.summary}
        description={conflict ? `${error.message} Your text is still below: check the newer version, then save again.` : errors.general}
      />
      {newer?.state && (
        <div className="govuk-inset-text" id="conflict">
          <h2 className="govuk-heading-s govuk-!-margin-bottom-1">The newer version (version {newer.version})</h2>
          <p className="govuk-body govuk-!-margin-bottom-1">State: {updateStateLabel(newer.state)}</p>
          {newer.narrative && <p className="govuk-body app-prewrap">{newer.narrative}</p>}
        </div>
      )}
      <span className="govuk-caption-l">{caption}</span>
      <h1 className="govuk-heading-l">{heading}</h1>
      {intro}
      <form onSubmit={submit} noValidate>
        <Radios
          id="proposedDeliveryStatus"
          legend="Proposed delivery status"
          legendClassName="govuk-fieldset__legend--m"
          hint="The Head of SEND confirms the official status when approving the update."
          value={values.proposedDeliveryStatus}
          onChange={(v) => set('proposedDeliveryStatus', v as DeliveryStatus)}
          errors={errors.byField.proposedDeliveryStatus}
          options={DELIVERY_STATUSES.map((s) => ({ value: s, label: DELIVERY_STATUS_INFO[s].label }))}
          small
        />
        <Radios
          id="proposedImpactStatus"
          legend="Proposed impact status"
          legendClassName="govuk-fieldset__legend--m"
          hint="Completed – impact evidenced needs evidence that shows impact on children and young people."
          value={values.proposedImpactStatus}
          onChange={(v) => set('proposedImpactStatus', v as ImpactStatus)}
          errors={errors.byField.proposedImpactStatus}
          options={IMPACT_STATUSES.map((s) => ({ value: s, label: IMPACT_STATUS_LABELS[s] }))}
          small
        />
        <Textarea
          id="narrative"
          label="Progress this period"
          labelClassName="govuk-label--m"
          hint="What has been done, and what difference it has made for children, young people and families."
          rows={8}
          maxLength={NARRATIVE_MAX}
          value={values.narrative}
          onChange={(e) => set('narrative', e.target.value)}
          errors={errors.byField.narrative}
        />
        <Textarea
          id="nextSteps"
          label="Next steps"
          labelClassName="govuk-label--m"
          maxLength={NEXT_STEPS_MAX}
          value={values.nextSteps}
          onChange={(e) => set('nextSteps', e.target.value)}
          errors={errors.byField.nextSteps}
        />
        <Textarea
          id="risks"
          label="Risks and blockers"
          labelClassName="govuk-label--m"
          maxLength={RISKS_MAX}
          value={values.risks}
          onChange={(e) => set('risks', e.target.value)}
          errors={errors.byField.risks}
        />
        <h2 className="govuk-heading-m">Evidence</h2>
        {evidence.length > 0 ? (
          <Checkboxes
            id="evidenceIds"
            legend="Evidence already added to this action that supports the update"
            values={values.evidenceIds}
            onChange={(ids) => set('evidenceIds', ids)}
            errors={errors.byField.evidenceIds}
            options={evidence.map((e) => ({ value: e.id, label: `${e.title} (${e.typeLabel}, ${formatDate(e.date, 'undated')})` }))}
          />
        ) : (
          <p className="govuk-body">No evidence has been added to this action yet.</p>
        )}
        {evidenceSlot && <Details summary="Upload new evidence with this update">{evidenceSlot}</Details>}
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" disabled={isPending} onClick={() => (intent.current = 'submit')}>
            Submit for moderation
          </button>
          <button type="submit" className="govuk-button govuk-button--secondary" disabled={isPending} onClick={() => (intent.current = 'save')}>
            Save as draft
          </button>
          <Link className="govuk-link" to={cancelHref}>
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}
