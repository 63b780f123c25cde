import { Link } from 'react-router';
import { READINESS_JUDGEMENTS, READINESS_LABELS } from '@send/domain';
import { paths } from '@/config/paths';
import type { Readiness } from '../api';

/**
 * The dashboard's view of inspection readiness: how many findings have no evidence of impact,
 * as a figure that opens the readiness page showing just those, and the count in each judgement.
 */
export function ReadinessHeadline({ readiness, asAt, planId }: { readiness: Readiness; asAt?: string; planId?: string }) {
  if (readiness.findings.length === 0) return <p className="govuk-body">No inspection findings are recorded for this plan{asAt ? ' by this date' : ''}.</p>;
  const n = readiness.findingsWithoutImpactEvidence;
  return (
    <>
      <ul className="app-figures" aria-label="Inspection readiness">
        <li className={`app-figure${n > 0 ? ' app-border--red' : ' app-border--green'}`}>
          <Link className="govuk-link app-figure__link" to={paths.readiness.getHref({ show: 'without-impact-evidence', asAt, plan: planId })}>
            <span className="app-figure__value">{n}</span>{' '}
            <span className="app-figure__label">Findings without impact evidence</span>
          </Link>
        </li>
        <li className="app-figure">
          <Link className="govuk-link app-figure__link" to={paths.readiness.getHref({ show: 'with-gaps', asAt, plan: planId })}>
            <span className="app-figure__value">{readiness.findingsWithGaps}</span>{' '}
            <span className="app-figure__label">Findings with something missing</span>
          </Link>
        </li>
      </ul>
      <p className="govuk-body">
        Of {readiness.findings.length} inspection findings:{' '}
        {READINESS_JUDGEMENTS.map((j) => `${readiness.counts[j]} ${READINESS_LABELS[j].toLowerCase()}`).join('; ')}.{' '}
        <Link className="govuk-link" to={paths.readiness.getHref({ asAt, plan: planId })}>
          See every finding and the actions that answer it
        </Link>
      </p>
    </>
  );
}
