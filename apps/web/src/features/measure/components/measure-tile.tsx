import { Sparkline } from '@/components/charts';
import { IllustrativeTag, RagTag } from '@/components/ui/status-tag';
import { formatDate, plural } from '@/lib/format';
import type { Measure, MeasureDetail } from '../api';
import { describeTrend, withUnit } from '../describe';

/** A measure at a glance: latest value, target, status in words and colour, trend, a small line. */
export function MeasureTile({ measure: m, detail }: { measure: Measure; detail?: MeasureDetail }) {
  return (
    <li className={`app-tile app-tile--${m.rag}`}>
      <h3 className="govuk-heading-s govuk-!-margin-bottom-2">{m.title}</h3>
      <RagTag rag={m.rag} label={m.statusLabel} />
      <p className="app-tile__value">{withUnit(m.latest?.value, m)}</p>
      {m.latest?.cohortSize != null && <p className="govuk-body-s govuk-!-margin-bottom-1">{plural(m.latest.cohortSize, 'respondent')}</p>}
      <p className="govuk-body-s govuk-!-margin-bottom-1">
        {m.latest ? `For the period to ${formatDate(m.latest.periodEnd)}` : 'No value recorded yet'}
        {m.latest?.illustrative && (
          <>
            {' '}
            <IllustrativeTag />
          </>
        )}
      </p>
      <p className="govuk-body-s govuk-!-margin-bottom-1">
        Target: {m.target.value !== null ? `${withUnit(m.target.value, m)}${m.target.date ? ` by ${formatDate(m.target.date)}` : ''}` : 'none set'}
      </p>
      {m.targetMissed && <p className="govuk-body-s govuk-!-margin-bottom-1 govuk-!-font-weight-bold">Target date passed without meeting the target</p>}
      {m.valueOverdue && m.nextValueDue && (
        <p className="govuk-body-s govuk-!-margin-bottom-1 govuk-!-font-weight-bold">Next value overdue: it was due by {formatDate(m.nextValueDue)}</p>
      )}
      <p className="govuk-body-s govuk-!-margin-bottom-2">Trend: {describeTrend(m)}</p>
      {detail && detail.values.length > 1 && (
        <div aria-hidden="true">
          <Sparkline values={detail.values.map((v) => v.value)} />
        </div>
      )}
    </li>
  );
}

export function MeasureTiles({ measures, details }: { measures: Measure[]; details: ReadonlyMap<string, MeasureDetail> }) {
  return (
    <ul className="app-tiles" aria-label="Measures">
      {measures.map((m) => (
        <MeasureTile key={m.id} measure={m} detail={details.get(m.id)} />
      ))}
    </ul>
  );
}
