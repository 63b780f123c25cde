import { useState, type FormEvent } from 'react';
import { DECISION_KIND_LABELS, DECISION_KINDS, DECISION_TEXT_MAX, type DecisionKind } from '@send/domain';
import { ErrorSummary } from '@/components/ui/error-summary';
import { DateInput, joinIsoDate, Radios, Select, Textarea, type Option } from '@/components/ui/form-fields';
import { toFormErrors } from '@/lib/form-errors';
import type { RecordDecisionInput } from '../api';

// API field -> the input the error summary links to, in the order of the form.
const FIELDS = [
  ['kind', 'kind'],
  ['text', 'text'],
  ['actionId', 'actionId'],
  ['ownerPersonId', 'ownerPersonId'],
  ['dueDate', 'dueDate'],
] as const;

const EMPTY = { kind: 'decision' as DecisionKind, text: '', actionId: '', ownerPersonId: '', dueDate: { day: '', month: '', year: '' } };

/**
 * Records a decision the meeting took or a challenge it put, optionally about one action, with an
 * owner and a due date so it can be tracked to closure. The API checks everything; its messages
 * appear beside the fields and in the summary, and what was typed stays.
 */
export function DecisionForm({
  actions,
  people,
  error,
  isPending,
  onSubmit,
}: {
  actions: Option[];
  people: Option[];
  error: Error | null;
  isPending: boolean;
  onSubmit: (input: RecordDecisionInput, done: () => void) => void;
}) {
  const [v, setV] = useState(EMPTY);
  const errors = toFormErrors(error, FIELDS);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(
      {
        kind: v.kind,
        text: v.text,
        actionId: v.actionId || null,
        ownerPersonId: v.ownerPersonId || null,
        dueDate: joinIsoDate(v.dueDate),
      },
      () => setV(EMPTY),
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="record-decision-heading">
      <h3 className="govuk-heading-m" id="record-decision-heading">
        Record a decision or challenge
      </h3>
      <ErrorSummary errors={errors.summary} description={errors.general} />
      <Radios
        id="kind"
        legend="Is it a decision or a challenge?"
        small
        options={DECISION_KINDS.map((k) => ({ value: k, label: DECISION_KIND_LABELS[k] }))}
        value={v.kind}
        onChange={(kind) => setV({ ...v, kind: kind as DecisionKind })}
        errors={errors.byField.kind}
      />
      <Textarea
        id="text"
        label="What was decided or challenged"
        hint="Write it as the minutes will record it, including any action the board asked for."
        maxLength={DECISION_TEXT_MAX}
        value={v.text}
        onChange={(e) => setV({ ...v, text: e.target.value })}
        errors={errors.byField.text}
      />
      <Select
        id="actionId"
        label="Action it is about (optional)"
        placeholder="Not about one action"
        options={actions}
        value={v.actionId}
        onChange={(e) => setV({ ...v, actionId: e.target.value })}
        errors={errors.byField.actionId}
      />
      <Select
        id="ownerPersonId"
        label="Owner (optional)"
        hint="Who will see it through."
        placeholder="No owner yet"
        options={people}
        value={v.ownerPersonId}
        onChange={(e) => setV({ ...v, ownerPersonId: e.target.value })}
        errors={errors.byField.ownerPersonId}
      />
      <DateInput
        id="dueDate"
        legend="Due date (optional)"
        hint="For example, 19 3 2025"
        value={v.dueDate}
        onChange={(dueDate) => setV({ ...v, dueDate })}
        errors={errors.byField.dueDate}
      />
      <button type="submit" className="govuk-button" disabled={isPending} aria-disabled={isPending || undefined}>
        {isPending ? 'Recording…' : 'Record it'}
      </button>
    </form>
  );
}
