import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { Radios } from '@/components/ui/form-fields';
import { usePageTitle } from '@/components/ui/misc';
import { ErrorState, Loading, QueryState } from '@/components/ui/page-state';
import { plural } from '@/lib/format';
import { useMe } from '@/features/auth/api';
import { hasPolicy } from '@/features/auth/authorization';
import { RequirePolicy } from '@/features/auth/components/require-policy';
import { useDecisions } from '../api';
import { DecisionsTable } from '../components/decisions-table';
import { DECISION_VIEW_LABELS, DECISION_VIEWS, decisionStatusQuery, filterDecisions, isDecisionView, type DecisionView } from '../governance';
import { useGovernancePlanId } from './use-governance-plan';

const VIEW_HINTS: Record<DecisionView, string> = {
  open: 'Not yet resolved',
  overdue: 'Open and past their due date',
  closed: 'Resolved, with a note saying how',
  all: 'Open and closed',
};

const CAPTIONS: Record<DecisionView, string> = {
  open: 'open',
  overdue: 'overdue',
  closed: 'closed',
  all: '',
};

export function DecisionsRoute() {
  usePageTitle('Decisions and challenges');
  const me = useMe();
  const [search, setSearch] = useSearchParams();
  const requested = search.get('show');
  const view: DecisionView = isDecisionView(requested) ? requested : 'open';
  const [chosen, setChosen] = useState<DecisionView>(view);
  const [flash, setFlash] = useState('');
  const plan = useGovernancePlanId();
  const decisions = useDecisions({ planId: plan.planId ?? '', status: decisionStatusQuery(view) });

  const apply = (e: FormEvent) => {
    e.preventDefault();
    setFlash('');
    setSearch(chosen === 'open' ? {} : { show: chosen });
  };

  let content;
  if (plan.isPending) content = <Loading label="Loading the decisions" />;
  else if (plan.error) content = <ErrorState error={plan.error} />;
  else
    content = (
      <QueryState query={decisions} loadingLabel="Loading the decisions">
        {(all) => {
          const shown = filterDecisions(all, view);
          const noun = `${CAPTIONS[view] ? `${CAPTIONS[view]} ` : ''}decision or challenge`;
          return (
            <DecisionsTable
              decisions={shown}
              caption={plural(shown.length, noun, noun.replace('decision or challenge', 'decisions and challenges'))}
              showMeeting
              canUpdate={hasPolicy(me.data, 'recordDecision')}
              empty={`There are no ${CAPTIONS[view] ? `${CAPTIONS[view]} ` : ''}decisions or challenges.`}
              onUpdated={setFlash}
            />
          );
        }}
      </QueryState>
    );

  return (
    <RequirePolicy policy="readDecisions">
      <h1 className="govuk-heading-l">Decisions and challenges</h1>
      <p className="govuk-body-l">What governance meetings decided or challenged, who owns each and when it is due, tracked until it is closed.</p>
      <form onSubmit={apply} aria-label="Filter decisions">
        <Radios
          id="show"
          legend="Show"
          small
          options={DECISION_VIEWS.map((v) => ({ value: v, label: DECISION_VIEW_LABELS[v], hint: VIEW_HINTS[v] }))}
          value={chosen}
          onChange={(v) => setChosen(v as DecisionView)}
        />
        <button type="submit" className="govuk-button govuk-button--secondary">
          Apply filter
        </button>
      </form>
      <p className="govuk-body govuk-!-font-weight-bold app-live" role="status">
        {flash}
      </p>
      {content}
    </RequirePolicy>
  );
}

export default DecisionsRoute;
