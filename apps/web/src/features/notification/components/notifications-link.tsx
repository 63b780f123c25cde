import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useUnreadCount } from '../api';

/** "Notifications" in the header, with the number unread in words beside it (not a colour alone). */
export function NotificationsLink({ signedIn }: { signedIn: boolean }) {
  const unread = useUnreadCount(signedIn).data?.unread ?? 0;
  return (
    <Link to={paths.notifications.getHref()} className="app-header__link">
      Notifications
      {unread > 0 && (
        <span className="app-header__count">
          {unread}
          <span className="govuk-visually-hidden"> unread</span>
        </span>
      )}
    </Link>
  );
}
