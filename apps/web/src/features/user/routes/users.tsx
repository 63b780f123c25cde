import { Link, useLocation } from 'react-router';
import { ROLE_LABELS } from '@send/domain';
import { NotificationBanner, usePageTitle } from '@/components/ui/misc';
import { QueryState } from '@/components/ui/page-state';
import { RagTag } from '@/components/ui/status-tag';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';
import { RequirePolicy } from '@/features/auth/components/require-policy';
import { useUsers } from '../api';
import { TableScroll } from '@/components/ui/table-scroll';
import { TableHead } from '@/components/ui/table-head';

export function UsersRoute() {
  usePageTitle('Users');
  const users = useUsers(true);
  const flash = (useLocation().state as { flash?: string } | null)?.flash;
  return (
    <RequirePolicy policy="manageUsers">
      {flash && (
        <NotificationBanner success>
          <p className="govuk-notification-banner__heading">{flash}</p>
        </NotificationBanner>
      )}
      <h1 className="govuk-heading-l">Users</h1>
      <Link className="govuk-button" to={paths.userNew.getHref()}>
        Add a user
      </Link>
      <QueryState query={users} loadingLabel="Loading the users">
        {(page) => (
          <TableScroll label="Accounts">
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-table__caption--m">{page.total} accounts</caption>
              <TableHead columns={['Name', 'Roles', 'Status', 'Last signed in']} />
              <tbody className="govuk-table__body">
                {page.items.map((u) => (
                  <tr className="govuk-table__row" key={u.id}>
                    <th scope="row" className="govuk-table__header">
                      <Link className="govuk-link" to={paths.user.getHref(u.id)}>
                        {u.displayName}
                      </Link>
                      <span className="govuk-body-s app-block govuk-!-margin-bottom-0 govuk-!-font-weight-regular">{u.email}</span>
                    </th>
                    <td className="govuk-table__cell">{u.roles.map((r) => ROLE_LABELS[r]).join(', ')}</td>
                    <td className="govuk-table__cell">{u.active ? <RagTag rag="green" label="Active" /> : <RagTag rag="grey" label="Deactivated" />}</td>
                    <td className="govuk-table__cell">{u.lastSignedInAt ? formatDateTime(u.lastSignedInAt) : 'Never'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </QueryState>
    </RequirePolicy>
  );
}

export default UsersRoute;
