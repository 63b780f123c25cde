import { Link } from 'react-router';
import { SummaryList, usePageTitle } from '@/components/ui/misc';
import { Empty, ErrorState, Loading, QueryState } from '@/components/ui/page-state';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format';
import { useMe } from '@/features/auth/api';
import { hasPolicy } from '@/features/auth/authorization';
import { useCurrentPlan } from '@/features/plan/api';
import { useMeasureDetails, usePlanMeasures, type Measure } from '../api';
import { MeasureChart } from '../components/measure-chart';
import { withUnit } from '../describe';

function groupByPriority(measures: Measure[]) {
  const groups = new Map<string, { title: string; measures: Measure[] }>();
  for (const m of measures) {
    const key = m.priorityArea?.id ?? 'none';
    const title = m.priorityArea ? `Priority ${m.priorityArea.number}: ${m.priorityArea.title}` : 'Across the plan';
    const g = groups.get(key) ?? { title, measures: [] };
    g.measures.push(m);
    groups.set(key, g);
  }
  return [...groups.values()];
}

export function MeasuresRoute() {
  usePageTitle('Measures');
  const current = useCurrentPlan();
  const measures = usePlanMeasures(current.plan?.id);
  const details = useMeasureDetails(measures.data?.map((m) => m.id) ?? []);
  const me = useMe();
  const canAdd = hasPolicy(me.data, 'addMeasureValue');

  if (current.isPending) return <Loading label="Loading the measures" />;
  if (current.error) return <ErrorState error={current.error} heading />;

  return (
    <>
      <h1 className="govuk-heading-l">Measures</h1>
      <p className="govuk-body-l">Each measure against its target and the trajectory from its baseline to the target.</p>
      <QueryState query={measures} loadingLabel="Loading the measures">
        {(list) =>
          list.length === 0 ? (
            <Empty>This plan has no measures yet.</Empty>
          ) : (
            groupByPriority(list).map((g) => (
              <section key={g.title} className="govuk-!-margin-bottom-8">
                <h2 className="govuk-heading-l">{g.title}</h2>
                {g.measures.map((m) => {
                  const q = details[list.indexOf(m)];
                  return (
                    <div key={m.id} className="app-measure govuk-!-margin-bottom-8">
                      {q?.data ? <MeasureChart measure={q.data} /> : q?.error ? <ErrorState error={q.error} /> : <Loading label={`Loading ${m.title}`} />}
                      <SummaryList
                        rows={[
                          { key: 'Baseline', value: m.baseline.value !== null ? `${withUnit(m.baseline.value, m)} (${formatDate(m.baseline.date)})` : 'None' },
                          { key: 'Target', value: m.target.value !== null ? `${withUnit(m.target.value, m)} by ${formatDate(m.target.date)}` : 'None' },
                          { key: 'Amber tolerance', value: withUnit(m.tolerance, m) },
                          { key: 'Direction', value: m.polarityLabel },
                          { key: 'Source', value: `${m.source || 'Not recorded'}${m.sourceKind === 'survey' ? ' (a survey: each figure is shown with its number of respondents)' : ''}` },
                          ...(m.illustrative ? [{ key: 'Figures', value: `Illustrative. ${m.illustrativeNote ?? ''}` }] : []),
                          {
                            key: 'Evidences',
                            value: m.actions.length ? (
                              <ul className="govuk-list">
                                {m.actions.map((a) => (
                                  <li key={a.id}>
                                    <Link className="govuk-link" to={paths.action.getHref(a.id)}>
                                      {a.reference} {a.title}
                                    </Link>
                                  </li>
                                ))}
                              </ul>
                            ) : (
                              'No actions linked'
                            ),
                          },
                        ]}
                      />
                      {canAdd && (
                        <Link className="govuk-button govuk-button--secondary" to={paths.measureValueNew.getHref(m.id)}>
                          Add a value<span className="govuk-visually-hidden"> to {m.title}</span>
                        </Link>
                      )}
                    </div>
                  );
                })}
              </section>
            ))
          )
        }
      </QueryState>
    </>
  );
}

export default MeasuresRoute;
