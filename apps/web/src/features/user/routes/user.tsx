import { useLocation, useParams } from 'react-router';
import { ErrorSummary } from '@/components/ui/error-summary';
import { BackLink, InsetText, NotificationBanner, SummaryList, usePageTitle } from '@/components/ui/misc';
import { ErrorState, Loading } from '@/components/ui/page-state';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';
import { toFormErrors } from '@/lib/form-errors';
import { useOrganisations, usePeople } from '@/features/action/api';
import { RequirePolicy } from '@/features/auth/components/require-policy';
import { useIssuePasswordReset, useUpdateUser, useUser } from '../api';
import { UserForm } from '../components/user-form';

export function UserRoute() {
  const { userId = '' } = useParams();
  const user = useUser(userId);
  const update = useUpdateUser(userId);
  const reset = useIssuePasswordReset(userId);
  const organisations = useOrganisations();
  const people = usePeople();
  const flash = (useLocation().state as { flash?: string } | null)?.flash;
  usePageTitle(user.data ? user.data.displayName : 'User', !!update.error);

  const failed = user.error ?? organisations.error ?? people.error;
  let body;
  if (failed) body = <ErrorState error={failed} heading />;
  else if (!user.data || !organisations.data || !people.data) body = <Loading label="Loading the user" />;
  else {
    const u = user.data;
    const resetLink = reset.data ? `${window.location.origin}${paths.resetPassword.getHref(reset.data.token)}` : null;
    body = (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {(flash || update.isSuccess) && (
            <NotificationBanner success>
              <p className="govuk-notification-banner__heading">{flash ?? 'The account has been updated.'}</p>
            </NotificationBanner>
          )}
          <span className="govuk-caption-l">{u.email}</span>
          <h1 className="govuk-heading-l">{u.displayName}</h1>
          <SummaryList
            rows={[
              { key: 'Status', value: u.active ? 'Active' : 'Deactivated' },
              { key: 'Last signed in', value: u.lastSignedInAt ? formatDateTime(u.lastSignedInAt) : 'Never' },
            ]}
          />
          <h2 className="govuk-heading-m">Change details and roles</h2>
          <UserForm
            key={u.version}
            isNew={false}
            initial={{ email: u.email, displayName: u.displayName, roles: u.roles, organisationId: u.organisationId ?? '', personId: u.personId ?? '' }}
            organisations={organisations.data.map((o) => ({ value: o.id, label: o.name }))}
            people={people.data.map((p) => ({ value: p.id, label: p.name }))}
            error={update.error}
            isPending={update.isPending}
            cancelHref={paths.users.getHref()}
            submitLabel="Save changes"
            onSubmit={(input) => update.mutate({ ...input, version: u.version })}
          />
          <h2 className="govuk-heading-m">Password</h2>
          {reset.error && <ErrorSummary errors={[]} description={toFormErrors(reset.error, []).general} />}
          {resetLink && reset.data ? (
            <InsetText>
              <p className="govuk-body">Send this link to {u.displayName}. It works once, until {formatDateTime(reset.data.expiresAt)}:</p>
              <p className="govuk-body app-break-all">
                <code>{resetLink}</code>
              </p>
            </InsetText>
          ) : (
            <button type="button" className="govuk-button govuk-button--secondary" disabled={reset.isPending || !u.active} onClick={() => reset.mutate()}>
              Issue a password reset link
            </button>
          )}
          <h2 className="govuk-heading-m">Access</h2>
          <button
            type="button"
            className={`govuk-button ${u.active ? 'govuk-button--warning' : 'govuk-button--secondary'}`}
            disabled={update.isPending}
            onClick={() => update.mutate({ version: u.version, active: !u.active })}
          >
            {u.active ? 'Deactivate account' : 'Reactivate account'}
          </button>
        </div>
      </div>
    );
  }
  return (
    <RequirePolicy policy="manageUsers">
      <BackLink to={paths.users.getHref()}>Back to users</BackLink>
      {body}
    </RequirePolicy>
  );
}

export default UserRoute;
