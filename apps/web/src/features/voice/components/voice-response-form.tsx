import { useState, type FormEvent } from 'react';
import { todayIso, VOICE_RESPONSE_STATUS_LABELS, VOICE_RESPONSE_STATUSES } from '@send/domain';
import { ErrorSummary } from '@/components/ui/error-summary';
import { DateInput, joinIsoDate, Radios, splitIsoDate, Textarea } from '@/components/ui/form-fields';
import { isApiError } from '@/lib/api-client';
import { toFormErrors } from '@/lib/form-errors';
import { type VoiceItem, useRespondToVoice } from '../api';

/** "We did": what changed (or will), when, and whether it is done; the API decides who may give it. */
export function VoiceResponseForm({ item }: { item: VoiceItem }) {
  const respond = useRespondToVoice(item.id);
  const [open, setOpen] = useState(false);
  const [v, setV] = useState({
    whatChanged: item.response?.whatChanged ?? '',
    respondedOn: splitIsoDate(item.response?.respondedOn ?? todayIso()),
    status: item.response?.status ?? ('done' as const),
  });
  const id = (field: string) => `voice-${item.id}-${field}`;
  const errors = toFormErrors(respond.error, [['whatChanged', id('what')], ['respondedOn', id('date')], ['status', id('status')]]);
  if (!open) {
    return (
      <button
        type="button"
        className="govuk-button govuk-button--secondary govuk-!-margin-top-2 govuk-!-margin-bottom-0"
        // The visible words first (WCAG label in name), then which item: the table has many such buttons.
        aria-label={`${item.response ? 'Change the response' : 'Respond'} to: ${item.words.slice(0, 80)}`}
        onClick={() => setOpen(true)}
      >
        {item.response ? 'Change the response' : 'Respond'}
      </button>
    );
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    respond.mutate(
      { whatChanged: v.whatChanged, respondedOn: joinIsoDate(v.respondedOn) ?? '', status: v.status, ...(item.response ? { version: item.response.version } : {}) },
      { onSuccess: () => setOpen(false) },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-label={`Response to: ${item.words.slice(0, 80)}`} className="govuk-!-margin-top-2">
      <ErrorSummary
        errors={errors.summary}
        description={isApiError(respond.error) && respond.error.isConflict ? 'Someone changed this response meanwhile: the table shows theirs. Cancel and respond again.' : errors.general}
      />
      <Textarea id={id('what')} label="What changed, or will" rows={3} maxLength={5000} value={v.whatChanged} onChange={(e) => setV({ ...v, whatChanged: e.target.value })} errors={errors.byField.whatChanged} />
      <DateInput id={id('date')} legend="When" value={v.respondedOn} onChange={(respondedOn) => setV({ ...v, respondedOn })} errors={errors.byField.respondedOn} />
      <Radios
        id={id('status')}
        legend="Is it done?"
        options={VOICE_RESPONSE_STATUSES.map((s) => ({ value: s, label: VOICE_RESPONSE_STATUS_LABELS[s] }))}
        value={v.status}
        onChange={(status) => setV({ ...v, status: status === 'planned' ? 'planned' : 'done' })}
        errors={errors.byField.status}
        small
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" disabled={respond.isPending}>Save the response</button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setOpen(false)}>Cancel</button>
      </div>
    </form>
  );
}
