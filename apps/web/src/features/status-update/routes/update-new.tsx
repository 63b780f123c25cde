import { useMemo, useState } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { isEditableUpdateState } from '@send/domain';
import { BackLink, InsetText, usePageTitle } from '@/components/ui/misc';
import { ErrorState, Loading } from '@/components/ui/page-state';
import { paths } from '@/config/paths';
import { useAction } from '@/features/action/api';
import { RequirePolicy } from '@/features/auth/components/require-policy';
import { useActionEvidence } from '@/features/evidence/api';
import { useActionUpdates, usePeriods } from '../api';
import { UpdateEditor } from '../components/update-editor';
import { currentOf } from '../state';
import { evidenceUpload } from './evidence-upload';
import { PeriodDates } from '../components/period-dates';

export function UpdateNewRoute() {
  const { actionId = '' } = useParams();
  usePageTitle('Write a status update');
  const action = useAction(actionId);
  const periods = usePeriods(action.data?.planId);
  const updates = useActionUpdates(actionId);
  const evidence = useActionEvidence(actionId);
  const upload = useMemo(() => evidenceUpload(actionId), [actionId]);
  // Once this page saves, the draft it made must not send the page to that draft's edit form:
  // the editor goes to the saved update itself, with its confirmation.
  const [savedHere, setSavedHere] = useState(false);

  const failed = action.error ?? periods.error ?? updates.error ?? evidence.error;
  if (failed) return <ErrorState error={failed} heading />;
  if (!action.data || !periods.data || !updates.data || !evidence.data) return <Loading label="Loading the action" />;

  const a = action.data;
  const period = currentOf(periods.data);
  const thisPeriod = period && updates.data.find((u) => u.period.id === period.id);
  let body;
  if (!period) {
    body = (
      <>
        <h1 className="govuk-heading-l">No reporting period is open</h1>
        <p className="govuk-body">Updates can be written while a reporting period is open. Ask the Head of SEND when the next one opens.</p>
      </>
    );
  } else if (thisPeriod && isEditableUpdateState(thisPeriod.state) && !savedHere) {
    return <Navigate to={paths.updateEdit.getHref(thisPeriod.id)} replace />;
  } else if (thisPeriod && !savedHere) {
    body = (
      <>
        <h1 className="govuk-heading-l">You have already reported for {period.title}</h1>
        <p className="govuk-body">
          The update for this period is {thisPeriod.stateLabel.toLowerCase()}.{' '}
          <Link className="govuk-link" to={paths.update.getHref(thisPeriod.id)}>
            View the update
          </Link>
        </p>
      </>
    );
  } else {
    body = (
      <UpdateEditor
        actionId={a.id}
        caption={`Action ${a.reference}: ${a.title}`}
        heading="Write a status update"
        intro={
          <InsetText>
            For {period.title}. <PeriodDates period={period} />
          </InsetText>
        }
        initial={{ narrative: '', nextSteps: '', risks: '', evidenceIds: [], proposedDeliveryStatus: a.deliveryStatus, proposedImpactStatus: a.impactStatus }}
        evidence={evidence.data}
        upload={upload}
        onSaving={() => setSavedHere(true)}
      />
    );
  }
  return (
    <RequirePolicy policy="writeUpdate">
      <BackLink to={paths.action.getHref(actionId)}>Back to the action</BackLink>
      {body}
    </RequirePolicy>
  );
}

export default UpdateNewRoute;
