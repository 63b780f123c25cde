import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { Breadcrumbs, SummaryList, usePageTitle } from '@/components/ui/misc';
import { ErrorState, Loading, QueryState } from '@/components/ui/page-state';
import { IllustrativeTag } from '@/components/ui/status-tag';
import { paths } from '@/config/paths';
import { formatDate, formatDateTime, plural } from '@/lib/format';
import { usePeople, usePlanActions } from '@/features/action/api';
import { useMe } from '@/features/auth/api';
import { hasPolicy } from '@/features/auth/authorization';
import { RequirePolicy } from '@/features/auth/components/require-policy';
import { useMeeting, useMeetingDecisions, useMeetingPacks, usePack, useRecordDecision, type MeetingDetail } from '../api';
import { DecisionForm } from '../components/decision-form';
import { DecisionsTable } from '../components/decisions-table';
import { PackPanel } from '../components/pack-panel';
import { PackPreview } from '../components/pack-preview';
import { packToPreview } from '../governance';

function MeetingDecisions({ meeting, canRecord, canUpdate }: { meeting: MeetingDetail; canRecord: boolean; canUpdate: boolean }) {
  const decisions = useMeetingDecisions(meeting.id);
  const actions = usePlanActions(canRecord ? meeting.planId : undefined);
  const people = usePeople();
  const [flash, setFlash] = useState('');
  const record = useRecordDecision(meeting.id);
  return (
    <section aria-labelledby="decisions-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-l" id="decisions-heading">
        Decisions and challenges
      </h2>
      <p className="govuk-body govuk-!-font-weight-bold app-live" role="status">
        {flash}
      </p>
      <QueryState query={decisions} loadingLabel="Loading the decisions">
        {(list) => (
          <DecisionsTable
            decisions={list}
            caption={`Recorded at this meeting: ${plural(list.length, 'decision or challenge', 'decisions and challenges')}`}
            showMeeting={false}
            canUpdate={canUpdate}
            empty="No decisions or challenges have been recorded at this meeting."
            onUpdated={setFlash}
          />
        )}
      </QueryState>
      {canRecord && (
        <DecisionForm
          actions={(actions.data ?? []).map((a) => ({ value: a.id, label: `${a.reference} ${a.title}` }))}
          people={(people.data ?? []).map((p) => ({ value: p.id, label: p.jobTitle ? `${p.name} (${p.jobTitle})` : p.name }))}
          error={record.error}
          isPending={record.isPending}
          onSubmit={(input, done) =>
            record.mutate(input, {
              onSuccess: (d) => {
                done();
                setFlash(`The ${d.kindLabel.toLowerCase()} has been recorded.`);
              },
            })
          }
        />
      )}
    </section>
  );
}

function MeetingPage({ meeting }: { meeting: MeetingDetail }) {
  usePageTitle(`${meeting.title}, ${formatDate(meeting.meetingDate)}`);
  const me = useMe();
  const [search, setSearch] = useSearchParams();
  const packs = useMeetingPacks(meeting.id);
  const preview = packs.data ? packToPreview(packs.data.items, search.get('pack')) : undefined;
  const pack = usePack(preview?.id);
  const readsDecisions = hasPolicy(me.data, 'readDecisions');
  const linkActions = hasPolicy(me.data, 'readPlan');
  const seesDrafts = hasPolicy(me.data, 'readDraftPacks');

  return (
    <>
      <Breadcrumbs items={[{ label: 'Meetings', to: paths.meetings.getHref() }, { label: `${meeting.title}, ${formatDate(meeting.meetingDate)}` }]} />
      {meeting.title !== meeting.body.name && <span className="govuk-caption-l">{meeting.body.name}</span>}
      <h1 className="govuk-heading-l">
        {meeting.title}, {formatDate(meeting.meetingDate)}
      </h1>
      {meeting.illustrative && (
        <p className="govuk-body">
          <IllustrativeTag /> A meeting made up to carry the demonstration plan on from January 2025.
        </p>
      )}
      <SummaryList
        rows={[
          { key: 'Governance body', value: `${meeting.body.name}${meeting.body.chair ? ` (chair: ${meeting.body.chair})` : ''}` },
          { key: 'Date', value: formatDate(meeting.meetingDate) },
          { key: 'Pack cut-off', value: `${formatDateTime(meeting.cutOffAt)}: the pack shows the plan as it stood then` },
          ...(meeting.reportingPeriod
            ? [{
                key: 'Reporting period',
                value: `${meeting.reportingPeriod.title}: owners report from ${formatDate(meeting.reportingPeriod.opensOn)}, updates due by ${formatDate(meeting.reportingPeriod.updateDeadline)}`,
              }]
            : []),
          { key: 'Location', value: meeting.location || 'Not recorded' },
          {
            key: 'Priorities in scope',
            value: (
              <>
                {meeting.allPriorityAreas && <p className="govuk-body govuk-!-margin-bottom-1">All priority areas</p>}
                <ul className="govuk-list govuk-!-margin-bottom-0">
                  {meeting.priorityAreas.map((p) => (
                    <li key={p.id}>
                      {p.number}. {p.title}
                    </li>
                  ))}
                </ul>
              </>
            ),
          },
          ...(readsDecisions
            ? [{ key: 'Decisions and challenges', value: `${meeting.decisions.open} open, ${meeting.decisions.closed} closed` }]
            : []),
          {
            key: 'Previous meeting',
            value: meeting.previousMeeting ? (
              <Link className="govuk-link" to={paths.meeting.getHref(meeting.previousMeeting.id)}>
                {meeting.previousMeeting.title}, {formatDate(meeting.previousMeeting.meetingDate)}
              </Link>
            ) : (
              'None: this is the first'
            ),
          },
          {
            key: 'Next meeting',
            value: meeting.nextMeeting ? (
              <Link className="govuk-link" to={paths.meeting.getHref(meeting.nextMeeting.id)}>
                {meeting.nextMeeting.title}, {formatDate(meeting.nextMeeting.meetingDate)}
              </Link>
            ) : (
              'None planned'
            ),
          },
        ]}
      />
      {!seesDrafts && <p className="govuk-body">You can see this meeting’s published packs. Drafts are shown only to those preparing the pack and the board.</p>}

      <QueryState query={packs} loadingLabel="Loading the packs">
        {(list) => (
          <PackPanel
            meetingId={meeting.id}
            packs={list.items}
            previewId={preview?.id}
            canManage={hasPolicy(me.data, 'managePacks')}
            onPreview={(id) => setSearch({ pack: id }, { replace: true })}
          />
        )}
      </QueryState>
      {/* Decisions before the preview: the preview is as long as the pack itself. */}
      {readsDecisions && (
        <MeetingDecisions meeting={meeting} canRecord={hasPolicy(me.data, 'recordDecision')} canUpdate={hasPolicy(me.data, 'recordDecision')} />
      )}

      {preview && (pack.data ? <PackPreview pack={pack.data} linkActions={linkActions} /> : pack.isError ? <ErrorState error={pack.error} /> : <Loading label="Loading the preview" />)}
    </>
  );
}

export function MeetingRoute() {
  const { meetingId = '' } = useParams();
  const meeting = useMeeting(meetingId);
  return (
    <RequirePolicy policy="readMeetings">
      <QueryState query={meeting} loadingLabel="Loading the meeting" heading>
        {(m) => <MeetingPage meeting={m} />}
      </QueryState>
    </RequirePolicy>
  );
}

export default MeetingRoute;
