import { Link } from 'react-router';
import { Empty } from '@/components/ui/page-state';
import { paths } from '@/config/paths';
import type { OwnerReport } from '../state';
import { updateStateLabel } from '../state';

/** Owners who still owe updates for the period, with the actions outstanding. */
export function NotReported({ owners, periodTitle }: { owners: OwnerReport[]; periodTitle: string }) {
  if (owners.length === 0) return <Empty>Every owner has reported on their open actions for {periodTitle}.</Empty>;
  return (
    <ul className="govuk-list govuk-list--spaced">
      {owners.map((o) => (
        <li key={`${o.owner}|${o.organisation}`}>
          <strong>{o.owner}</strong>
          {o.organisation && <span className="govuk-body-s app-block govuk-!-margin-bottom-0">{o.organisation}</span>}
          <ul className="govuk-list govuk-list--bullet govuk-body-s">
            {o.actions.map((a) => (
              <li key={a.id}>
                <Link className="govuk-link" to={paths.action.getHref(a.id)}>
                  {a.reference} {a.title}
                </Link>{' '}
                ({a.state ? updateStateLabel(a.state).toLowerCase() : 'no update yet'})
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
