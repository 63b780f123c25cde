import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { allowedUpdateEvents } from '@send/domain';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Breadcrumbs, NotificationBanner, usePageTitle } from '@/components/ui/misc';
import { QueryState } from '@/components/ui/page-state';
import { paths } from '@/config/paths';
import { toFormErrors } from '@/lib/form-errors';
import { useMe } from '@/features/auth/api';
import { hasPolicy, updateModerationRefusal } from '@/features/auth/authorization';
import { useSubmitUpdate, useUpdate } from '../api';
import { ModerationForm } from '../components/moderation-form';
import { UpdateSummary } from '../components/update-summary';
import { IllustrativeTag } from '@/components/ui/status-tag';

export function UpdateRoute() {
  const { updateId = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const update = useUpdate(updateId);
  const submit = useSubmitUpdate();
  const me = useMe();
  usePageTitle(update.data ? `Status update for action ${update.data.action.reference}` : 'Status update');
  const flash = (location.state as { flash?: string } | null)?.flash;

  return (
    <QueryState query={update} loadingLabel="Loading the update" heading>
      {(u) => {
        const events = allowedUpdateEvents(u.state);
        const canWrite = hasPolicy(me.data, 'writeUpdate');
        const awaitsModeration = events.includes('approve') || events.includes('return');
        const refusal = updateModerationRefusal(me.data, u);
        const canModerate = awaitsModeration && refusal === null;
        const submitErrors = toFormErrors(submit.error, []);
        return (
          <>
            <Breadcrumbs
              items={[
                { label: 'Dashboard', to: paths.home.getHref() },
                { label: `Action ${u.action.reference}`, to: paths.action.getHref(u.actionId) },
                { label: 'Status update' },
              ]}
            />
            {flash && (
              <NotificationBanner success>
                <p className="govuk-notification-banner__heading">{flash}</p>
              </NotificationBanner>
            )}
            {submit.error && <ErrorSummary errors={[]} description={submitErrors.general ?? submit.error.message} />}
            <span className="govuk-caption-l">
              Action {u.action.reference}: {u.action.title}
            </span>
            <h1 className="govuk-heading-l">Status update for {u.period.title}</h1>
            {u.illustrative && (
              <p className="govuk-body">
                <IllustrativeTag /> An update made up to carry the demonstration plan on from January 2025: no one reported it.
              </p>
            )}
            <UpdateSummary update={u} />
            {canWrite && (events.includes('edit') || events.includes('submit')) && (
              <div className="govuk-button-group">
                {events.includes('submit') && (
                  <button
                    type="button"
                    className="govuk-button"
                    disabled={submit.isPending}
                    onClick={() =>
                      submit.mutate(u, { onSuccess: () => navigate('.', { replace: true, state: { flash: 'Your update has been submitted for moderation.' } }) })
                    }
                  >
                    Submit for moderation
                  </button>
                )}
                {events.includes('edit') && (
                  <Link className="govuk-button govuk-button--secondary" to={paths.updateEdit.getHref(u.id)}>
                    Change the update
                  </Link>
                )}
              </div>
            )}
            {awaitsModeration && (refusal === 'self' || refusal === 'own_action') && (
              <div className="govuk-inset-text">
                {refusal === 'self'
                  ? 'You wrote or submitted this update, so another moderator or plan manager approves or returns it.'
                  : 'This update is on an action you own, so another moderator or plan manager approves or returns it.'}
              </div>
            )}
            {canModerate && (
              <ModerationForm
                update={u}
                onDone={(_saved, decision) =>
                  navigate('.', {
                    replace: true,
                    state: {
                      flash: decision === 'approve' ? 'The update has been approved: its statuses are now the action’s official status.' : 'The update has been returned to the owner.',
                    },
                  })
                }
              />
            )}
            <p className="govuk-body">
              <Link className="govuk-link" to={paths.action.getHref(u.actionId)}>
                Go to action {u.action.reference}
              </Link>
            </p>
          </>
        );
      }}
    </QueryState>
  );
}

export default UpdateRoute;
