import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from 'react-router';
import { QueryState } from '@/components/ui/page-state';
import { paths } from '@/config/paths';
import { findingName, type AnsweredFinding } from '../api';

/**
 * "Answers findings: ...": the inspection findings an action (or a priority area's actions) answer,
 * each linking to readiness, with the actions that answer it when listed for a priority area.
 */
export function AnswersFindings({ query, showActions = false }: { query: UseQueryResult<AnsweredFinding[], Error>; showActions?: boolean }) {
  return (
    <section aria-labelledby="answers-findings">
      <h2 className="govuk-heading-m" id="answers-findings">
        Answers findings
      </h2>
      <QueryState query={query} loadingLabel="Loading the findings it answers">
        {(list) =>
          list.length === 0 ? (
            <p className="govuk-body">No inspection finding is linked to {showActions ? 'these actions' : 'this action'} yet.</p>
          ) : (
            <>
              <ul className="govuk-list govuk-list--bullet">
                {list.map((f) => (
                  <li key={f.id}>
                    {findingName(f)}
                    {showActions && (
                      <>
                        {' '}
                        (by{' '}
                        {f.actions.map((a, i) => (
                          <span key={a.id}>
                            {i > 0 && ', '}
                            <Link className="govuk-link" to={paths.action.getHref(a.id)}>
                              action {a.reference}
                            </Link>
                          </span>
                        ))}
                        )
                      </>
                    )}
                  </li>
                ))}
              </ul>
              <p className="govuk-body">
                <Link className="govuk-link" to={paths.readiness.getHref()}>
                  See how ready each finding is
                </Link>
              </p>
            </>
          )
        }
      </QueryState>
    </section>
  );
}
