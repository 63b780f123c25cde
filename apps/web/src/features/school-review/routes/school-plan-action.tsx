import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { DELIVERY_STATUS_INFO, DELIVERY_STATUSES, EVIDENCE_TYPE_LABELS, EVIDENCE_TYPES, IMPACT_STATUS_LABELS, IMPACT_STATUSES, todayIso, type DeliveryStatus, type EvidenceType, type ImpactStatus } from '@send/domain';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Checkboxes, DateInput, joinIsoDate, Radios, Select, splitIsoDate, Textarea, TextInput } from '@/components/ui/form-fields';
import { NotificationBanner, SummaryList, usePageTitle } from '@/components/ui/misc';
import { QueryState } from '@/components/ui/page-state';
import { DeliveryStatusTag, ImpactStatusTag } from '@/components/ui/status-tag';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { toFormErrors } from '@/lib/form-errors';
import { RequirePolicy } from '@/features/auth/components/require-policy';
import {
  useAddSchoolEvidence, useSaveSchoolUpdate, useSchoolActionUpdates, useSchoolPlan, useSubmitSchoolUpdate, useUpdateSchoolAction, type SchoolActionUpdate, type SchoolPlan,
} from '../api';

type PlanAction = SchoolPlan['priorities'][number]['actions'][number];

const DELIVERY_OPTIONS = DELIVERY_STATUSES.map((s) => ({ value: s, label: DELIVERY_STATUS_INFO[s].label }));
const IMPACT_OPTIONS = IMPACT_STATUSES.map((s) => ({ value: s, label: IMPACT_STATUS_LABELS[s] }));
const TYPE_OPTIONS = EVIDENCE_TYPES.map((t) => ({ value: t, label: EVIDENCE_TYPE_LABELS[t] }));

function StatusForm({ schoolId, action }: { schoolId: string; action: PlanAction }) {
  const update = useUpdateSchoolAction(schoolId, action.id);
  const [delivery, setDelivery] = useState<string>(action.deliveryStatus);
  const [impact, setImpact] = useState<string>(action.impactStatus);
  const [saved, setSaved] = useState(false);
  const errors = toFormErrors(update.error, [['deliveryStatus', 'delivery-status'], ['impactStatus', 'impact-status']]);
  const conflict = isApiError(update.error) && update.error.status === 409;
  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    update.mutate({ version: action.version, deliveryStatus: delivery as DeliveryStatus, impactStatus: impact as ImpactStatus }, { onSuccess: () => setSaved(true) });
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby="status-heading">
      <h2 className="govuk-heading-m" id="status-heading">Progress</h2>
      <ErrorSummary errors={errors.summary} description={conflict ? 'Someone changed this action since you opened it. Reload the page to see their change.' : errors.general} />
      {saved && <NotificationBanner success title="Saved">The action&apos;s status is saved.</NotificationBanner>}
      <Radios id="delivery-status" legend="Delivery" options={DELIVERY_OPTIONS} value={delivery} onChange={setDelivery} errors={errors.byField.deliveryStatus} small />
      <Radios id="impact-status" legend="Impact" hint="Impact evidenced needs evidence of impact recorded below" options={IMPACT_OPTIONS} value={impact} onChange={setImpact} errors={errors.byField.impactStatus} small />
      <button type="submit" className="govuk-button" disabled={update.isPending}>Save the status</button>
    </form>
  );
}

function EvidenceForm({ schoolId, action }: { schoolId: string; action: PlanAction }) {
  const add = useAddSchoolEvidence(schoolId, action.id);
  const [type, setType] = useState<string>('document');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [date, setDate] = useState(() => splitIsoDate(todayIso()));
  const [impact, setImpact] = useState(false);
  const [saved, setSaved] = useState(false);
  const errors = toFormErrors(add.error, [['type', 'evidence-type'], ['title', 'evidence-title'], ['description', 'evidence-description'], ['date', 'evidence-date'], ['demonstratesImpact', 'evidence-impact']]);
  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    add.mutate({ type: type as EvidenceType, title, description: description || undefined, date: joinIsoDate(date) ?? '', demonstratesImpact: impact }, {
      onSuccess: () => {
        setSaved(true);
        setTitle('');
        setDescription('');
        setImpact(false);
      },
    });
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby="evidence-heading">
      <h2 className="govuk-heading-m" id="evidence-heading">Record evidence</h2>
      <ErrorSummary errors={errors.summary} description={errors.general} />
      {saved && <NotificationBanner success title="Saved">The evidence is recorded.</NotificationBanner>}
      <Select id="evidence-type" label="Kind of evidence" options={TYPE_OPTIONS} value={type} onChange={(e) => setType(e.target.value)} errors={errors.byField.type} />
      <TextInput id="evidence-title" label="Title" value={title} onChange={(e) => setTitle(e.target.value)} errors={errors.byField.title} autoComplete="off" />
      <Textarea id="evidence-description" label="What it shows (optional)" rows={3} value={description} onChange={(e) => setDescription(e.target.value)} errors={errors.byField.description} />
      <DateInput id="evidence-date" legend="Date of the evidence" value={date} onChange={setDate} errors={errors.byField.date} />
      <Checkboxes
        id="evidence-impact" legend="Impact" errors={errors.byField.demonstratesImpact}
        options={[{ value: 'impact', label: 'It shows the impact on pupils with SEND' }]} values={impact ? ['impact'] : []} onChange={(v) => setImpact(v.includes('impact'))}
      />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={add.isPending}>Record the evidence</button>
    </form>
  );
}

const EDITABLE_STATES: readonly string[] = ['draft', 'returned'];

/**
 * The action's status update for the current reporting period (to the governing board): the SENCO
 * writes what progress was made and the statuses they propose, then submits it to the local
 * authority's moderators, whose approval makes the proposal the action's status.
 */
function UpdateForm({ schoolId, action, editable }: { schoolId: string; action: PlanAction; editable: SchoolActionUpdate | undefined }) {
  const save = useSaveSchoolUpdate(schoolId, action.id);
  const submitUpdate = useSubmitSchoolUpdate(schoolId, action.id);
  const [narrative, setNarrative] = useState(editable?.narrative ?? '');
  const [delivery, setDelivery] = useState<string>(editable?.proposedDeliveryStatus ?? action.deliveryStatus);
  const [notice, setNotice] = useState<string | null>(null);
  const error = save.error ?? submitUpdate.error;
  const errors = toFormErrors(error, [['narrative', 'update-narrative'], ['proposedDeliveryStatus', 'update-delivery'], ['proposedImpactStatus', 'update-delivery'], ['periodId', 'update-narrative']]);
  async function saveDraft(): Promise<SchoolActionUpdate> {
    return save.mutateAsync({ narrative, proposedDeliveryStatus: delivery as DeliveryStatus, ...(editable ? { version: editable.version, periodId: editable.period.id } : {}) });
  }
  function onSave(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    saveDraft().then(() => setNotice('Your update is saved as a draft.'), () => undefined);
  }
  function onSubmit() {
    setNotice(null);
    submitUpdate.reset();
    saveDraft()
      .then((saved) => submitUpdate.mutateAsync({ id: saved.id, version: saved.version }))
      .then(() => setNotice('Your update is sent to the local authority\'s moderators.'), () => undefined);
  }
  return (
    <form onSubmit={onSave} noValidate aria-labelledby="update-heading">
      <h2 className="govuk-heading-m" id="update-heading">Update for the governing board</h2>
      <ErrorSummary errors={errors.summary} description={errors.general} />
      {notice && <NotificationBanner success title="Saved">{notice}</NotificationBanner>}
      {editable?.state === 'returned' && editable.moderatorComment && (
        <div className="govuk-inset-text">Returned by the moderator: {editable.moderatorComment}</div>
      )}
      <Textarea id="update-narrative" label="What progress was made this term" rows={4} value={narrative} onChange={(e) => setNarrative(e.target.value)} errors={errors.byField.narrative ?? errors.byField.periodId} />
      <Radios id="update-delivery" legend="Delivery status you propose" options={DELIVERY_OPTIONS} value={delivery} onChange={setDelivery} errors={errors.byField.proposedDeliveryStatus ?? errors.byField.proposedImpactStatus} small />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button govuk-button--secondary" disabled={save.isPending || submitUpdate.isPending}>Save as a draft</button>
        <button type="button" className="govuk-button" onClick={onSubmit} disabled={save.isPending || submitUpdate.isPending}>Submit the update</button>
      </div>
    </form>
  );
}

function ActionUpdates({ schoolId, action }: { schoolId: string; action: PlanAction }) {
  const updates = useSchoolActionUpdates(schoolId, action.id);
  return (
    <QueryState query={updates} loadingLabel="Loading the action's updates">
      {(page) => {
        const items = page?.items ?? [];
        const editable = items.find((u) => EDITABLE_STATES.includes(u.state));
        return (
          <>
            <UpdateForm schoolId={schoolId} action={action} editable={editable} />
            <h2 className="govuk-heading-m">Updates</h2>
            {items.length === 0 ? <p className="govuk-body">No update has been written for this action yet.</p> : (
              <ul className="govuk-list">
                {items.map((u) => (
                  <li key={u.id} className="govuk-!-margin-bottom-4">
                    <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{u.period.title}: {u.stateLabel}</h3>
                    <p className="govuk-body govuk-!-margin-bottom-1">{u.narrative || 'No progress written yet.'}</p>
                    <p className="govuk-body-s govuk-!-margin-bottom-1">Proposed delivery: {u.proposedDeliveryStatusLabel}. Written by {u.author.label}.</p>
                    {u.moderatorComment && <p className="govuk-body-s">Moderator&apos;s comment: {u.moderatorComment}</p>}
                  </li>
                ))}
              </ul>
            )}
          </>
        );
      }}
    </QueryState>
  );
}

/** One action of a school's own plan: its SENCO moves its statuses, records its evidence and writes its updates. */
export function SchoolPlanActionRoute() {
  const { schoolId = '', actionId = '' } = useParams();
  const plan = useSchoolPlan(schoolId);
  const action = plan.data?.priorities.flatMap((p) => p.actions).find((a) => a.id === actionId);
  usePageTitle(action ? `Action ${action.reference}, ${plan.data?.school.name ?? ''}` : 'Action', plan.isError || (plan.isSuccess && !action));
  return (
    <RequirePolicy policy="editSchoolPlan">
      <QueryState query={plan} loadingLabel="Loading the school's plan" heading>
        {(p) => {
          const a = p?.priorities.flatMap((x) => x.actions).find((x) => x.id === actionId);
          if (!p || !a) return <h1 className="govuk-heading-l">Page not found</h1>;
          return (
            <>
              <Link className="govuk-back-link" to={paths.school.getHref(schoolId)}>Back to {p.school.name}</Link>
              <span className="govuk-caption-l">{p.title}</span>
              <h1 className="govuk-heading-l">{a.reference} {a.title}</h1>
              {a.description && <p className="govuk-body">{a.description}</p>}
              <SummaryList rows={[
                { key: 'Dates', value: `${a.startDate ? formatDate(a.startDate) : 'Not dated'} to ${a.dueDate ? formatDate(a.dueDate) : 'not dated'}${a.overdue ? ' (overdue)' : ''}` },
                { key: 'Delivery', value: <DeliveryStatusTag status={a.deliveryStatus} /> },
                { key: 'Impact', value: <ImpactStatusTag status={a.impactStatus} /> },
                { key: 'Evidence', value: a.evidence.length ? <ul className="govuk-list">{a.evidence.map((e) => <li key={e.id}>{e.title}{e.date ? `, ${formatDate(e.date)}` : ''}{e.demonstratesImpact ? ' (shows impact)' : ''}</li>)}</ul> : 'None recorded' },
              ]} />
              <StatusForm key={a.id} schoolId={schoolId} action={a} />
              <EvidenceForm schoolId={schoolId} action={a} />
              <ActionUpdates schoolId={schoolId} action={a} />
            </>
          );
        }}
      </QueryState>
    </RequirePolicy>
  );
}

export default SchoolPlanActionRoute;
