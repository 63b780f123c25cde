import { Link } from 'react-router';
import { READINESS_JUDGEMENTS, READINESS_LABELS, READINESS_RAG } from '@send/domain';
import { FigureList } from '@/components/ui/figure-list';
import { DataTable } from '@/components/ui/sortable-table';
import { IllustrativeTag, RagTag } from '@/components/ui/status-tag';
import { TableScroll } from '@/components/ui/table-scroll';
import { paths } from '@/config/paths';
import { formatDate, formatNumber, plural } from '@/lib/format';
import { findingName, type Readiness, type ReadinessAction, type ReadinessFinding } from '../api';

/** The count of findings in each judgement: figures with their words, and the same as a table. */
export function ReadinessCounts({ readiness }: { readiness: Readiness }) {
  const total = readiness.findings.length;
  return (
    <>
      <FigureList
        label="Findings by readiness"
        figures={READINESS_JUDGEMENTS.map((j) => ({ value: readiness.counts[j], label: READINESS_LABELS[j].toLowerCase(), rag: READINESS_RAG[j] }))}
      />
      <TableScroll label="Findings by readiness judgement">
        <DataTable
          caption={`Findings by readiness judgement (${plural(total, 'finding')})`}
          head={['Judgement', 'Findings']}
          rows={READINESS_JUDGEMENTS.map((j) => [<RagTag key={j} rag={READINESS_RAG[j]} label={READINESS_LABELS[j]} />, readiness.counts[j]])}
        />
      </TableScroll>
    </>
  );
}

/** The actions whose impact, once evidenced, would give the finding evidence of impact: the delivered ones first. */
function actionsToEvidence(f: ReadinessFinding): ReadinessAction[] {
  const delivered = f.actions.filter((a) => a.impactStatus === 'complete_monitoring_impact');
  return delivered.length > 0 ? delivered : f.actions;
}

function ActionLinks({ actions }: { actions: ReadinessAction[] }) {
  return (
    <>
      {actions.map((a, i) => (
        <span key={a.id}>
          {i > 0 && ', '}
          <Link className="govuk-link" to={paths.action.getHref(a.id)}>
            Action {a.reference}
          </Link>
        </span>
      ))}
    </>
  );
}

function FindingActions({ finding }: { finding: ReadinessFinding }) {
  if (finding.actions.length === 0) return <p className="govuk-body">No action in the plan answers this finding yet.</p>;
  return (
    <TableScroll label={`Actions answering ${findingName(finding)}`}>
      <table className="govuk-table govuk-table--small-text-until-tablet">
        <caption className="govuk-table__caption govuk-table__caption--s">Actions answering it ({finding.actions.length})</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Action</th>
            <th scope="col" className="govuk-table__header">Delivery</th>
            <th scope="col" className="govuk-table__header">Impact</th>
            <th scope="col" className="govuk-table__header">Evidence of impact</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {finding.actions.map((a) => (
            <tr className="govuk-table__row" key={a.id}>
              <th scope="row" className="govuk-table__header">
                <Link className="govuk-link" to={paths.action.getHref(a.id)}>
                  {a.reference} {a.title}
                </Link>
                {a.ownerOrganisation && <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">{a.ownerOrganisation.name}</span>}
              </th>
              <td className="govuk-table__cell">
                <RagTag rag={a.rag} label={a.deliveryStatusLabel} />
                {a.overdue && <span className="govuk-!-display-block">Overdue (due {formatDate(a.dueDate)})</span>}
                {a.stale && <span className="govuk-!-display-block">No approved update for over two periods</span>}
              </td>
              <td className="govuk-table__cell">{a.impactStatusLabel}</td>
              <td className="govuk-table__cell">
                {a.impactEvidence.length === 0 ? (
                  'None yet'
                ) : (
                  <ul className="govuk-list govuk-!-margin-bottom-0">
                    {a.impactEvidence.map((e) => (
                      <li key={e.id}>
                        {e.url ? (
                          <a className="govuk-link" href={e.url} rel="noreferrer noopener" target="_blank">
                            {e.title} (opens in a new tab)
                          </a>
                        ) : (
                          e.title
                        )}{' '}
                        <span className="govuk-body-s">
                          ({e.typeLabel}
                          {e.evidenceDate ? `, ${formatDate(e.evidenceDate)}` : ''})
                        </span>
                        {e.illustrative && (
                          <>
                            {' '}
                            <IllustrativeTag />
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function FindingMeasures({ finding }: { finding: ReadinessFinding }) {
  if (finding.measures.length === 0) return null;
  return (
    <TableScroll label={`Measures of ${findingName(finding)}`}>
      <DataTable
        caption={`Measures (${finding.measures.length})`}
        head={['Measure', 'Status', 'Trend', 'Latest value']}
        numericFrom={4}
        rows={finding.measures.map((m) => [
          <>
            {m.title}
            {m.illustrative && (
              <>
                {' '}
                <IllustrativeTag />
              </>
            )}
          </>,
          <RagTag key="s" rag={m.rag} label={m.statusLabel} />,
          m.trendLabel,
          m.latest ? `${formatNumber(m.latest.value)} (period ending ${formatDate(m.latest.periodEnd)})` : 'No value yet',
        ])}
      />
    </TableScroll>
  );
}

/** One finding: its words, its judgement in words and colour, its gaps in sentences, its actions and measures. */
export function FindingReadiness({ finding }: { finding: ReadinessFinding }) {
  const headingId = `finding-${finding.id}`;
  const noImpact = finding.gaps.some((g) => g.kind === 'no_impact_evidence');
  return (
    <section className="app-finding" aria-labelledby={headingId}>
      <h2 className="govuk-heading-m" id={headingId}>
        {findingName(finding)}
      </h2>
      <p className="govuk-body">
        Readiness: <RagTag rag={finding.rag} label={finding.judgementLabel} />
      </p>
      <blockquote className="govuk-inset-text">{finding.text}</blockquote>
      {finding.gaps.length === 0 ? (
        <p className="govuk-body">Nothing is missing: impact is evidenced and no action or measure needs attention.</p>
      ) : (
        <>
          <h3 className="govuk-heading-s">What is missing</h3>
          <ul className="govuk-list govuk-list--bullet">
            {finding.gaps.map((g, i) => (
              <li key={i}>{g.message}</li>
            ))}
          </ul>
          {noImpact && finding.actions.length > 0 && (
            <p className="govuk-body">
              To change that, evidence the impact of <ActionLinks actions={actionsToEvidence(finding)} />.
            </p>
          )}
        </>
      )}
      <FindingActions finding={finding} />
      <FindingMeasures finding={finding} />
    </section>
  );
}
