import { Link, useLocation, useParams } from 'react-router';
import { Breadcrumbs, NotificationBanner, SummaryList, usePageTitle } from '@/components/ui/misc';
import { QueryState } from '@/components/ui/page-state';
import { DeliveryStatusTag, ImpactStatusTag } from '@/components/ui/status-tag';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format';
import { useMe } from '@/features/auth/api';
import { hasPolicy, ownsAction } from '@/features/auth/authorization';
import { EvidenceList } from '@/features/evidence/components/evidence-list';
import { useActionFindings } from '@/features/inspection/api';
import { AnswersFindings } from '@/features/inspection/components/answers-findings';
import { ActionUpdates } from '@/features/status-update/components/action-updates';
import { useAction } from '../api';
import { AuditTrail } from '../components/audit-trail';
import { Can } from '@/features/auth/components/require-policy';
import { Milestones } from '../components/milestones';
import { StatusHistory } from '../components/status-history';
import { VoiceSection } from '@/features/voice/components/voice-section';

export function ActionRoute() {
  const { actionId = '' } = useParams();
  const location = useLocation();
  const action = useAction(actionId);
  const me = useMe();
  const findings = useActionFindings(actionId);
  usePageTitle(action.data ? `${action.data.reference} ${action.data.title}` : 'Action');
  const flash = (location.state as { flash?: string } | null)?.flash;

  return (
    <QueryState query={action} loadingLabel="Loading the action" heading>
      {(a) => {
        // The full action editor is the plan manager's; an owner changes their action through updates.
        const canEdit = hasPolicy(me.data, 'managePlan');
        const canReport = hasPolicy(me.data, 'writeUpdate') && ownsAction(me.data, a);
        return (
          <>
            <Breadcrumbs
              items={[
                { label: 'Dashboard', to: paths.home.getHref() },
                { label: `Priority ${a.priorityNumber ?? ''}`.trim(), to: paths.priority.getHref(a.priorityAreaId) },
                { label: `Action ${a.reference}` },
              ]}
            />
            {flash && (
              <NotificationBanner success>
                <p className="govuk-notification-banner__heading">{flash}</p>
              </NotificationBanner>
            )}
            <span className="govuk-caption-l">Action {a.reference}</span>
            <h1 className="govuk-heading-l">{a.title}</h1>
            <p className="govuk-body">
              <DeliveryStatusTag status={a.deliveryStatus} /> <ImpactStatusTag status={a.impactStatus} />
              {a.overdue && (
                <>
                  {' '}
                  <strong className="govuk-tag app-rag app-rag--red">Overdue</strong>
                </>
              )}
            </p>
            {a.description && <p className="govuk-body">{a.description}</p>}
            <SummaryList
              rows={[
                { key: 'Owner', value: a.ownerPerson ? `${a.ownerPerson.name}` : 'No owner named' },
                { key: 'Organisation', value: a.ownerOrganisation?.name ?? 'None' },
                { key: 'Partners', value: a.partners.length ? a.partners.map((p) => p.name).join('; ') : 'None' },
                { key: 'Start date', value: formatDate(a.startDate) },
                { key: 'Due date', value: formatDate(a.dueDate) },
                { key: 'Delivery status', value: <DeliveryStatusTag status={a.deliveryStatus} /> },
                { key: 'Impact status', value: <ImpactStatusTag status={a.impactStatus} /> },
              ]}
            />
            {(canEdit || canReport) && (
              <div className="govuk-button-group">
                {canReport && (
                  <Link to={paths.updateNew.getHref(a.id)} className="govuk-button">
                    Write a status update
                  </Link>
                )}
                {canEdit && (
                  <Link to={paths.actionEdit.getHref(a.id)} className="govuk-button govuk-button--secondary">
                    Edit action
                  </Link>
                )}
              </div>
            )}

            <AnswersFindings query={findings} />

            <h2 className="govuk-heading-m">Status history</h2>
            <StatusHistory actionId={a.id} />

            <h2 className="govuk-heading-m">Milestones</h2>
            <Milestones actionId={a.id} milestones={a.milestones} canEdit={canEdit} />

            <h2 className="govuk-heading-m">Evidence</h2>
            <EvidenceList actionId={a.id} />

            <h2 className="govuk-heading-m">Status updates</h2>
            <ActionUpdates actionId={a.id} />

            <h2 className="govuk-heading-m">You said, we did</h2>
            <VoiceSection planId={a.planId} filter={{ actionId: a.id }} about="this action" />

            <Can policy="readAudit">
              <AuditTrail entityType="action" entityId={a.id} />
            </Can>
          </>
        );
      }}
    </QueryState>
  );
}

export default ActionRoute;
