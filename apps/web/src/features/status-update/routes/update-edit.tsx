import { useMemo } from 'react';
import { useParams } from 'react-router';
import { isEditableUpdateState } from '@send/domain';
import { BackLink, InsetText, usePageTitle } from '@/components/ui/misc';
import { ErrorState, Loading } from '@/components/ui/page-state';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format';
import { RequirePolicy } from '@/features/auth/components/require-policy';
import { useActionEvidence } from '@/features/evidence/api';
import { useUpdate } from '../api';
import { UpdateEditor } from '../components/update-editor';
import { evidenceUpload } from './evidence-upload';

export function UpdateEditRoute() {
  const { updateId = '' } = useParams();
  usePageTitle('Change a status update');
  const update = useUpdate(updateId);
  const actionId = update.data?.actionId ?? '';
  const evidence = useActionEvidence(actionId);
  const upload = useMemo(() => evidenceUpload(actionId), [actionId]);

  const failed = update.error ?? (actionId ? evidence.error : null);
  if (failed) return <ErrorState error={failed} heading />;
  if (!update.data || !evidence.data) return <Loading label="Loading the update" />;
  const u = update.data;

  return (
    <RequirePolicy policy="writeUpdate">
      <BackLink to={paths.update.getHref(u.id)}>Back to the update</BackLink>
      {!isEditableUpdateState(u.state) ? (
        <>
          <h1 className="govuk-heading-l">This update can no longer be changed</h1>
          <p className="govuk-body">It is {u.stateLabel.toLowerCase()}.</p>
        </>
      ) : (
        <UpdateEditor
          key={u.id}
          actionId={u.actionId}
          existing={u}
          caption={`Action ${u.action.reference}: ${u.action.title}`}
          heading="Change the status update"
          intro={
            <>
              <InsetText>
                For {u.period.title}. Updates are due by {formatDate(u.period.updateDeadline)}.
              </InsetText>
              {u.state === 'returned' && u.moderatorComment && (
                <div className="govuk-warning-text">
                  <span className="govuk-warning-text__icon" aria-hidden="true">
                    !
                  </span>
                  <strong className="govuk-warning-text__text">
                    <span className="govuk-visually-hidden">Warning</span>
                    Returned for changes: {u.moderatorComment}
                  </strong>
                </div>
              )}
            </>
          }
          initial={{
            narrative: u.narrative ?? '',
            nextSteps: u.nextSteps ?? '',
            risks: u.risks ?? '',
            evidenceIds: u.evidenceIds,
            proposedDeliveryStatus: u.proposedDeliveryStatus,
            proposedImpactStatus: u.proposedImpactStatus,
          }}
          evidence={evidence.data}
          upload={upload}
        />
      )}
    </RequirePolicy>
  );
}

export default UpdateEditRoute;
