import { useParams } from 'react-router';
import { Breadcrumbs, SummaryList, usePageTitle } from '@/components/ui/misc';
import { Empty, ErrorState, Loading, QueryState } from '@/components/ui/page-state';
import { paths } from '@/config/paths';
import { usePlanActions } from '@/features/action/api';
import { usePriorityAreaFindings } from '@/features/inspection/api';
import { AnswersFindings } from '@/features/inspection/components/answers-findings';
import { ActionsTable } from '@/features/action/components/actions-table';
import { useMeasureDetails, usePlanMeasures } from '@/features/measure/api';
import { MeasureChart } from '@/features/measure/components/measure-chart';
import { VoiceSection } from '@/features/voice/components/voice-section';
import { usePriorityArea } from '../api';

/**
 * The lead's name and job title, saying a name once: many leads are named by their post, and a job
 * title that starts with the name ("Director of Children's Services (Chair, …)") stands alone.
 */
function describeLead(lead: { name: string; jobTitle: string | null }): string {
  const title = lead.jobTitle?.trim();
  if (!title) return lead.name;
  if (title.toLowerCase().startsWith(lead.name.trim().toLowerCase())) return title;
  return `${lead.name}, ${title}`;
}

export function PriorityAreaRoute() {
  const { priorityId = '' } = useParams();
  const area = usePriorityArea(priorityId);
  usePageTitle(area.data ? `Priority ${area.data.number}: ${area.data.title}` : 'Priority area');
  const actions = usePlanActions(area.data?.planId);
  const findings = usePriorityAreaFindings(priorityId);
  const measures = usePlanMeasures(area.data?.planId, area.data?.id);
  const measureDetails = useMeasureDetails(measures.data?.map((m) => m.id) ?? []);

  return (
    <>
      <Breadcrumbs items={[{ label: 'Dashboard', to: paths.home.getHref() }, { label: area.data ? `Priority ${area.data.number}` : 'Priority area' }]} />
      <QueryState query={area} loadingLabel="Loading the priority area" heading>
        {(a) => (
          <>
            <span className="govuk-caption-l">Priority area {a.number}</span>
            <h1 className="govuk-heading-l">{a.title}</h1>
            <p className="govuk-body-l">{a.aim}</p>
            <SummaryList
              rows={[
                { key: 'Lead', value: a.lead ? describeLead(a.lead) : 'No lead named' },
                { key: 'Delivery group', value: a.deliveryGroup?.name ?? 'No delivery group' },
              ]}
            />
            {a.progressNarrative && (
              <>
                <h2 className="govuk-heading-m">Progress</h2>
                <p className="govuk-body">{a.progressNarrative}</p>
              </>
            )}
            <AnswersFindings query={findings} showActions />
            <QueryState query={actions} loadingLabel="Loading the actions">
              {(all) => {
                const mine = all.filter((x) => x.priorityAreaId === a.id);
                return mine.length === 0 ? (
                  <>
                    <h2 className="govuk-heading-m">Actions</h2>
                    <Empty>This priority area has no actions yet.</Empty>
                  </>
                ) : (
                  <ActionsTable actions={mine} caption={`Actions (${mine.length})`} />
                );
              }}
            </QueryState>

            <h2 className="govuk-heading-l govuk-!-margin-top-6">You said, we did</h2>
            <VoiceSection planId={a.planId} filter={{ priorityAreaId: a.id }} about="this priority area" />

            <h2 className="govuk-heading-l govuk-!-margin-top-6">Measures</h2>
            <QueryState query={measures} loadingLabel="Loading the measures">
              {(list) =>
                list.length === 0 ? (
                  <Empty>No measures are linked to this priority area.</Empty>
                ) : (
                  list.map((m, i) => {
                    const q = measureDetails[i];
                    return q?.data ? (
                      <MeasureChart key={m.id} measure={q.data} />
                    ) : q?.error ? (
                      <ErrorState key={m.id} error={q.error} />
                    ) : (
                      <Loading key={m.id} label={`Loading ${m.title}`} />
                    );
                  })
                )
              }
            </QueryState>
          </>
        )}
      </QueryState>
    </>
  );
}

export default PriorityAreaRoute;
