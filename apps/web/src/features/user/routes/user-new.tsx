import { useNavigate } from 'react-router';
import { BackLink, usePageTitle } from '@/components/ui/misc';
import { ErrorState, Loading } from '@/components/ui/page-state';
import { paths } from '@/config/paths';
import { useOrganisations, usePeople } from '@/features/action/api';
import { RequirePolicy } from '@/features/auth/components/require-policy';
import { useCreateUser } from '../api';
import { UserForm } from '../components/user-form';

export function UserNewRoute() {
  const navigate = useNavigate();
  const create = useCreateUser();
  const organisations = useOrganisations();
  const people = usePeople();
  usePageTitle('Add a user', !!create.error);
  const failed = organisations.error ?? people.error;
  return (
    <RequirePolicy policy="manageUsers">
      <BackLink to={paths.users.getHref()}>Back to users</BackLink>
      <h1 className="govuk-heading-l">Add a user</h1>
      {failed ? (
        <ErrorState error={failed} />
      ) : !organisations.data || !people.data ? (
        <Loading />
      ) : (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <UserForm
              isNew
              initial={{ email: '', displayName: '', roles: [], organisationId: '', personId: '' }}
              organisations={organisations.data.map((o) => ({ value: o.id, label: o.name }))}
              people={people.data.map((p) => ({ value: p.id, label: p.name }))}
              error={create.error}
              isPending={create.isPending}
              cancelHref={paths.users.getHref()}
              submitLabel="Add user"
              onSubmit={(input) => create.mutate(input, { onSuccess: (u) => navigate(paths.user.getHref(u.id), { state: { flash: `${u.displayName} has been added.` } }) })}
            />
          </div>
        </div>
      )}
    </RequirePolicy>
  );
}

export default UserNewRoute;
