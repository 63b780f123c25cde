import { Link } from 'react-router';
import { QueryState } from '@/components/ui/page-state';
import { paths } from '@/config/paths';
import { plural } from '@/lib/format';
import { useVoiceItems } from '../api';

/**
 * The dashboard's "You said, we did" figure: the recommendations children, young people and
 * families made that have no response yet, linking to the list of them.
 */
export function UnansweredVoiceFigure({ planId }: { planId: string }) {
  const items = useVoiceItems(planId, { unanswered: true, kind: 'recommendation' });
  const heard = useVoiceItems(planId);
  return (
    <QueryState query={items} loadingLabel="Loading what children, young people and families said">
      {(page) => (
        <>
          <ul className="app-figures" aria-label="You said, we did">
            <li className={`app-figure${page.total > 0 ? ' app-border--red' : ''}`}>
              <Link className="govuk-link app-figure__link" to={paths.voice.getHref({ unanswered: 'true', kind: 'recommendation' })}>
                <span className="app-figure__value">{page.total}</span>
                <span className="app-figure__label">{page.total === 1 ? 'recommendation without a response' : 'recommendations without a response'}</span>
              </Link>
            </li>
          </ul>
          <p className="govuk-body">
            {heard.data ? `${plural(heard.data.total, 'item')} heard from children, young people, families and practitioners. ` : ''}
            <Link className="govuk-link" to={paths.voice.getHref()}>
              See what was said and what was done
            </Link>
          </p>
        </>
      )}
    </QueryState>
  );
}
