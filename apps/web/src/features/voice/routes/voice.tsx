import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { VOICE_KIND_LABELS, VOICE_KINDS, VOICE_SOURCE_LABELS, VOICE_SOURCES, type VoiceKind, type VoiceSource } from '@send/domain';
import { Checkboxes, Select } from '@/components/ui/form-fields';
import { usePageTitle } from '@/components/ui/misc';
import { ErrorState, Loading, QueryState } from '@/components/ui/page-state';
import { useMe } from '@/features/auth/api';
import { hasPolicy } from '@/features/auth/authorization';
import { RequirePolicy } from '@/features/auth/components/require-policy';
import { useCurrentPlan } from '@/features/plan/api';
import { plural } from '@/lib/format';
import { useVoiceItems, type VoiceFilters } from '../api';
import { VoiceTable } from '../components/voice-table';

const isSource = (x: string | null): x is VoiceSource => !!x && (VOICE_SOURCES as readonly string[]).includes(x);
const isKind = (x: string | null): x is VoiceKind => !!x && (VOICE_KINDS as readonly string[]).includes(x);

/** The filters the address names: ?unanswered=true&priorityAreaId=…&source=…&kind=… */
export function readVoiceFilters(params: URLSearchParams): VoiceFilters {
  const source = params.get('source');
  const kind = params.get('kind');
  return {
    ...(params.get('unanswered') === 'true' ? { unanswered: true } : {}),
    ...(params.get('priorityAreaId') ? { priorityAreaId: params.get('priorityAreaId')! } : {}),
    ...(isSource(source) ? { source } : {}),
    ...(isKind(kind) ? { kind } : {}),
  };
}

export function VoiceRoute() {
  usePageTitle('You said, we did');
  const [params, setParams] = useSearchParams();
  const filters = readVoiceFilters(params);
  const current = useCurrentPlan();
  const items = useVoiceItems(current.plan?.id, filters);

  const [unanswered, setUnanswered] = useState(filters.unanswered ? ['true'] : []);
  const [priorityAreaId, setPriorityAreaId] = useState(filters.priorityAreaId ?? '');
  const [source, setSource] = useState<string>(filters.source ?? '');
  const [kind, setKind] = useState<string>(filters.kind ?? '');

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams();
    if (unanswered.includes('true')) next.set('unanswered', 'true');
    if (priorityAreaId) next.set('priorityAreaId', priorityAreaId);
    if (source) next.set('source', source);
    if (kind) next.set('kind', kind);
    setParams(next);
  };

  const me = useMe();
  let content;
  if (current.isPending) content = <Loading label="Loading what children, young people and families said" />;
  else if (current.error) content = <ErrorState error={current.error} />;
  else
    content = (
      <QueryState query={items} loadingLabel="Loading what children, young people and families said">
        {(page) => {
          const filtered = Object.keys(filters).length > 0;
          return (
            <>
              <p className="govuk-body govuk-!-font-weight-bold" role="status">
                {filtered ? `Showing ${plural(page.total, 'item')} that match the filters` : `${plural(page.total, 'item')} heard`}
              </p>
              <VoiceTable
                items={page.items}
                caption="You said, we did"
                canRespond={hasPolicy(me.data, 'respondToVoice')}
                empty={filtered ? 'Nothing heard matches these filters. Clear or change the filters to see more.' : 'Nothing has been recorded yet.'}
              />
            </>
          );
        }}
      </QueryState>
    );

  return (
    <RequirePolicy policy="readPlan">
      <h1 className="govuk-heading-l">You said, we did</h1>
      <p className="govuk-body-l">What children, young people, parent carers and practitioners told the partnership, and what was done about it.</p>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-quarter">
          <form onSubmit={apply} aria-label="Filter what was heard">
            <h2 className="govuk-heading-s">Filter</h2>
            <Checkboxes
              id="unanswered"
              legend="Response"
              options={[{ value: 'true', label: 'Only those without a response' }]}
              values={unanswered}
              onChange={setUnanswered}
            />
            <Select
              id="priorityAreaId"
              label="Priority area"
              labelClassName="govuk-label--s"
              placeholder="All priority areas"
              options={(current.plan?.priorityAreas ?? []).map((p) => ({ value: p.id, label: `${p.number}. ${p.title}` }))}
              value={priorityAreaId}
              onChange={(e) => setPriorityAreaId(e.target.value)}
            />
            <Select
              id="source"
              label="Heard through"
              labelClassName="govuk-label--s"
              placeholder="All sources"
              options={VOICE_SOURCES.map((s) => ({ value: s, label: VOICE_SOURCE_LABELS[s] }))}
              value={source}
              onChange={(e) => setSource(e.target.value)}
            />
            <Select
              id="kind"
              label="What it is"
              labelClassName="govuk-label--s"
              placeholder="All kinds"
              options={VOICE_KINDS.map((k) => ({ value: k, label: VOICE_KIND_LABELS[k] }))}
              value={kind}
              onChange={(e) => setKind(e.target.value)}
            />
            <button type="submit" className="govuk-button govuk-button--secondary">
              Apply filters
            </button>
          </form>
        </div>
        <div className="govuk-grid-column-three-quarters">{content}</div>
      </div>
    </RequirePolicy>
  );
}

export default VoiceRoute;
