import { useNavigate, useParams } from 'react-router';
import { BackLink } from '@/components/ui/misc';
import { ErrorState, Loading } from '@/components/ui/page-state';
import { paths } from '@/config/paths';
import { RequirePolicy } from '@/features/auth/components/require-policy';
import { useAction, useOrganisations, usePeople, useUpdateAction } from '../api';
import { ActionForm } from '../components/action-form';

export function ActionEditRoute() {
  const { actionId = '' } = useParams();
  const navigate = useNavigate();
  const action = useAction(actionId);
  const organisations = useOrganisations();
  const people = usePeople();
  const update = useUpdateAction(actionId);

  const failed = action.error ?? organisations.error ?? people.error;
  let body;
  if (failed) body = <ErrorState error={failed} heading />;
  else if (!action.data || !organisations.data || !people.data) body = <Loading label="Loading the action" />;
  else
    body = (
      <ActionForm
        // A new form when the saved version changes, so it starts from what was saved.
        key={action.data.id}
        action={action.data}
        organisations={organisations.data}
        people={people.data}
        isPending={update.isPending}
        error={update.error}
        onSubmit={(input) =>
          update.mutate(input, {
            onSuccess: () => navigate(paths.action.getHref(actionId), { state: { flash: 'The action has been updated.' } }),
          })
        }
      />
    );

  return (
    <RequirePolicy policy="managePlan">
      <BackLink to={paths.action.getHref(actionId)}>Back to the action</BackLink>
      {body}
    </RequirePolicy>
  );
}

export default ActionEditRoute;
