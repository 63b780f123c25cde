import { Link } from 'react-router';
import { Empty, QueryState } from '@/components/ui/page-state';
import { DeliveryStatusTag, IllustrativeTag } from '@/components/ui/status-tag';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';
import { useActionUpdates } from '../api';
import { UpdateStateTag } from './update-tag';

/** An action's updates, newest period first, with their state and the moderator's comments. */
export function ActionUpdates({ actionId }: { actionId: string }) {
  const updates = useActionUpdates(actionId);
  return (
    <QueryState query={updates} loadingLabel="Loading the updates">
      {(items) =>
        items.length === 0 ? (
          <Empty>No status updates have been written for this action yet.</Empty>
        ) : (
          <ol className="app-timeline">
            {items.map((u) => (
              <li key={u.id} className="app-timeline__item">
                <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
                  <Link className="govuk-link" to={paths.update.getHref(u.id)}>
                    {u.period.title}
                  </Link>
                  {u.illustrative && (
                    <>
                      {' '}
                      <IllustrativeTag />
                    </>
                  )}
                </h3>
                <p className="govuk-body govuk-!-margin-bottom-1">
                  <UpdateStateTag state={u.state} /> Proposed <DeliveryStatusTag status={u.proposedDeliveryStatus} />
                </p>
                <p className="govuk-body-s govuk-!-margin-bottom-1">
                  By {u.author.label}
                  {u.submittedAt ? `, submitted ${formatDateTime(u.submittedAt)}` : ''}
                  {u.moderatedBy && u.moderatedAt ? `; ${u.state === 'approved' ? 'approved' : 'returned'} by ${u.moderatedBy.label} ${formatDateTime(u.moderatedAt)}` : ''}
                </p>
                {u.narrative && <p className="govuk-body app-prewrap">{u.narrative}</p>}
                {u.moderatorComment && (
                  <div className="govuk-inset-text govuk-!-margin-top-1">
                    <strong>Moderator’s comment:</strong> {u.moderatorComment}
                  </div>
                )}
              </li>
            ))}
          </ol>
        )
      }
    </QueryState>
  );
}
