import { MeasureLineChart } from '@/components/charts';
import { ChartFigure } from '@/components/ui/chart-figure';
import { DataTable } from '@/components/ui/sortable-table';
import { IllustrativeTag, RagTag } from '@/components/ui/status-tag';
import { formatDate, formatNumber } from '@/lib/format';
import type { MeasureDetail } from '../api';
import { withCohort } from '@send/domain';
import { chartRows, describeMeasure, withUnit } from '../describe';

/** A measure against its target and trajectory, with the same figures as a table. */
export function MeasureChart({ measure: m, headingLevel = 3 }: { measure: MeasureDetail; headingLevel?: 2 | 3 }) {
  const rows = chartRows(m);
  return (
    <ChartFigure
      id={`measure-${m.id}`}
      title={m.title}
      headingLevel={headingLevel}
      summary={
        <>
          <RagTag rag={m.rag} label={m.statusLabel} />{' '}
          {m.latest?.illustrative && (
            <>
              <IllustrativeTag />{' '}
            </>
          )}
          {describeMeasure(m)}
        </>
      }
      legend={
        <ul className="app-legend" aria-hidden="true">
          <li className="app-legend__item">
            <span className="app-line-key app-line-key--actual" /> Actual
          </li>
          {m.target.value !== null && (
            <li className="app-legend__item">
              <span className="app-line-key app-line-key--trajectory" /> Trajectory and target
            </li>
          )}
        </ul>
      }
      table={
        <DataTable
          caption={`${m.title}: values and trajectory`}
          head={['Period to', 'Actual', 'Trajectory']}
          rows={rows.map((r) => [
            formatDate(r.date),
            r.value === null ? (
              '–'
            ) : (
              <>
                {withCohort(withUnit(r.value, m), r.cohortSize)}
                {r.illustrative && (
                  <>
                    {' '}
                    <IllustrativeTag />
                  </>
                )}
              </>
            ),
            r.trajectory === null ? '–' : withUnit(r.trajectory, m),
          ])}
        />
      }
    >
      <MeasureLineChart points={rows} targetValue={m.target.value} formatValue={(v) => formatNumber(v, m.unit)} />
    </ChartFigure>
  );
}
