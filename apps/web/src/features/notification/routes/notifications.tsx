import { useState } from 'react';
import { Link } from 'react-router';
import { usePageTitle } from '@/components/ui/misc';
import { Empty, QueryState } from '@/components/ui/page-state';
import { paths } from '@/config/paths';
import { formatDateTime, plural } from '@/lib/format';
import { useMarkAllRead, useMarkRead, useNotifications } from '../api';

export function NotificationsRoute() {
  usePageTitle('Notifications');
  const [page, setPage] = useState(1);
  const notifications = useNotifications(page);
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();
  return (
    <>
      <h1 className="govuk-heading-l">Notifications</h1>
      <p className="govuk-body">
        What you have been told about: reminders, moderation of your updates, published packs and decisions due. Choose which of these also come
        by email in your <Link to={paths.emailSettings.getHref()} className="govuk-link">email settings</Link>.
      </p>
      <QueryState query={notifications} loadingLabel="Loading your notifications">
        {(data) =>
          data.total === 0 ? (
            <Empty>You have no notifications.</Empty>
          ) : (
            <>
              <p className="govuk-body" role="status">
                {data.unread === 0 ? 'You have read them all.' : `${plural(data.unread, 'notification')} not yet read.`}
              </p>
              {data.unread > 0 && (
                <button type="button" className="govuk-button govuk-button--secondary" disabled={markAllRead.isPending} onClick={() => markAllRead.mutate()}>
                  Mark all as read
                </button>
              )}
              <ul className="govuk-list app-notification-list">
                {data.items.map((n) => (
                  <li key={n.id} className="app-notification">
                    <h2 className="govuk-heading-s govuk-!-margin-bottom-1">
                      {!n.readAt && <strong className="govuk-tag govuk-tag--blue govuk-!-margin-right-2">Unread</strong>}
                      {n.link ? (
                        <Link to={n.link} className="govuk-link" onClick={() => !n.readAt && markRead.mutate(n.id)}>
                          {n.title}
                        </Link>
                      ) : (
                        n.title
                      )}
                    </h2>
                    {n.body && <p className="govuk-body govuk-!-margin-bottom-1">{n.body}</p>}
                    <p className="govuk-hint govuk-!-font-size-16 govuk-!-margin-bottom-1">{formatDateTime(n.createdAt)}</p>
                    {!n.readAt && (
                      <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => markRead.mutate(n.id)}>
                        Mark as read<span className="govuk-visually-hidden">: {n.title}</span>
                      </button>
                    )}
                  </li>
                ))}
              </ul>
              <Pager page={page} total={data.total} pageSize={data.pageSize} onPage={setPage} />
            </>
          )
        }
      </QueryState>
    </>
  );
}

/** Previous and next, when there is more than one page. */
export function Pager({ page, total, pageSize, onPage }: { page: number; total: number; pageSize: number; onPage: (page: number) => void }) {
  const pages = Math.ceil(total / pageSize);
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pages" className="govuk-button-group">
      {page > 1 && (
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => onPage(page - 1)}>
          Previous page
        </button>
      )}
      <p className="govuk-body">
        Page {page} of {pages}
      </p>
      {page < pages && (
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => onPage(page + 1)}>
          Next page
        </button>
      )}
    </nav>
  );
}

export default NotificationsRoute;
