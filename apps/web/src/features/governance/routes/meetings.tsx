import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { todayIso } from '@send/domain';
import { Select } from '@/components/ui/form-fields';
import { usePageTitle } from '@/components/ui/misc';
import { ErrorState, Loading, QueryState } from '@/components/ui/page-state';
import { RequirePolicy } from '@/features/auth/components/require-policy';
import { useGovernanceBodies, useMeetings, type MeetingFilters } from '../api';
import { MeetingsTable } from '../components/meetings-table';
import { meetingWindows } from '../governance';
import { useGovernancePlanId } from './use-governance-plan';

const STEP = 10;

function MeetingWindow({ filters, heading, caption, empty, noun }: { filters: MeetingFilters; heading: string; caption: (shown: number, total: number) => string; empty: string; noun: string }) {
  const [limit, setLimit] = useState(STEP);
  const meetings = useMeetings({ ...filters, pageSize: limit });
  return (
    <section className="govuk-!-margin-bottom-8" aria-labelledby={`${noun}-heading`}>
      <h2 className="govuk-heading-l" id={`${noun}-heading`}>
        {heading}
      </h2>
      <QueryState query={meetings} loadingLabel={`Loading the ${noun} meetings`}>
        {(page) => (
          <>
            <MeetingsTable meetings={page.items} caption={caption(page.items.length, page.total)} empty={empty} />
            {page.items.length < page.total && (
              <button
                type="button"
                className="govuk-button govuk-button--secondary"
                disabled={meetings.isFetching}
                aria-disabled={meetings.isFetching || undefined}
                onClick={() => setLimit((n) => Math.min(n + STEP, 200))}
              >
                Show {Math.min(STEP, page.total - page.items.length)} more {noun} meetings
              </button>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}

export function MeetingsRoute() {
  usePageTitle('Meetings');
  const [search, setSearch] = useSearchParams();
  const bodyId = search.get('body') ?? '';
  const [chosen, setChosen] = useState(bodyId);
  const plan = useGovernancePlanId();
  const bodies = useGovernanceBodies(plan.planId, !!plan.planId);
  const windows = meetingWindows(todayIso());

  const apply = (e: FormEvent) => {
    e.preventDefault();
    setSearch(chosen ? { body: chosen } : {});
  };

  let content;
  if (plan.isPending) content = <Loading label="Loading the meetings" />;
  else if (plan.error) content = <ErrorState error={plan.error} />;
  else if (!plan.planId) content = <p className="govuk-body">There is no plan yet, so there are no meetings.</p>;
  else {
    const base = { planId: plan.planId, bodyId: bodyId || undefined, pageSize: STEP };
    const bodyName = bodies.data?.items.find((b) => b.id === bodyId)?.name;
    content = (
      <>
        <form className="app-inline-form" onSubmit={apply} aria-label="Filter meetings">
          <Select
            id="body"
            label="Governance body"
            className="app-inline-form__field"
            placeholder="All governance bodies"
            options={(bodies.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))}
            value={chosen}
            onChange={(e) => setChosen(e.target.value)}
          />
          <button type="submit" className="govuk-button govuk-button--secondary app-inline-form__button">
            Apply filter
          </button>
        </form>
        <p className="govuk-body" role="status">
          {bodyName ? `Showing meetings of the ${bodyName}.` : 'Showing meetings of every governance body.'}
        </p>
        {/* Keyed by the filter so each window starts again at its first ten. */}
        <MeetingWindow
          key={`upcoming-${bodyId}`}
          filters={{ ...base, ...windows.upcoming }}
          heading="Upcoming meetings"
          caption={(shown, total) => `The next ${shown} of ${total} meetings from today`}
          noun="upcoming"
          empty="No meetings are planned from today on."
        />
        <MeetingWindow
          key={`recent-${bodyId}`}
          filters={{ ...base, ...windows.recent }}
          heading="Recent meetings"
          caption={(shown, total) => `The latest ${shown} of ${total} meetings before today`}
          noun="earlier"
          empty="No meetings have been held yet."
        />
      </>
    );
  }

  return (
    <RequirePolicy policy="readMeetings">
      <h1 className="govuk-heading-l">Meetings</h1>
      <p className="govuk-body-l">The boards, groups and committees that oversee the plan: when they meet, when figures are taken for their pack, and where each pack is up to.</p>
      {content}
    </RequirePolicy>
  );
}

export default MeetingsRoute;
