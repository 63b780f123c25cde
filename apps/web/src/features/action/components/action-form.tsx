import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import {
  COMMENT_MAX,
  DELIVERY_STATUS_INFO,
  DELIVERY_STATUSES,
  DESCRIPTION_MAX,
  IMPACT_STATUS_LABELS,
  IMPACT_STATUSES,
  TITLE_MAX,
  type DeliveryStatus,
  type ImpactStatus,
} from '@send/domain';
import { ErrorSummary } from '@/components/ui/error-summary';
import { DateInput, joinIsoDate, Radios, Select, splitIsoDate, Textarea, TextInput } from '@/components/ui/form-fields';
import { usePageTitle } from '@/components/ui/misc';
import { TableHead } from '@/components/ui/table-head';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { toFormErrors } from '@/lib/form-errors';
import type { Action, Organisation, Person, UpdateActionInput } from '../api';

type DateParts = { day: string; month: string; year: string };

export interface ActionFormValues {
  title: string;
  description: string;
  ownerOrganisationId: string;
  ownerPersonId: string;
  startDate: DateParts;
  dueDate: DateParts;
  deliveryStatus: DeliveryStatus;
  impactStatus: ImpactStatus;
}

export function toFormValues(a: Action): ActionFormValues {
  return {
    title: a.title,
    description: a.description,
    ownerOrganisationId: a.ownerOrganisation?.id ?? '',
    ownerPersonId: a.ownerPerson?.id ?? '',
    startDate: splitIsoDate(a.startDate),
    dueDate: splitIsoDate(a.dueDate),
    deliveryStatus: a.deliveryStatus,
    impactStatus: a.impactStatus,
  };
}

function toApi(v: ActionFormValues): Omit<UpdateActionInput, 'version'> {
  return {
    title: v.title,
    description: v.description,
    ownerOrganisationId: v.ownerOrganisationId,
    ownerPersonId: v.ownerPersonId || null,
    startDate: joinIsoDate(v.startDate),
    dueDate: joinIsoDate(v.dueDate),
    deliveryStatus: v.deliveryStatus,
    impactStatus: v.impactStatus,
  };
}

/**
 * Only the fields the person changed from the version they opened, so that saving over a newer
 * version keeps everyone else's changes to other fields.
 */
export function changedFields(original: ActionFormValues, edited: ActionFormValues): Omit<UpdateActionInput, 'version'> {
  const before = toApi(original) as Record<string, unknown>;
  const after = toApi(edited) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(after).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k])));
}

const FIELDS = [
  ['title', 'title'],
  ['description', 'description'],
  ['ownerOrganisationId', 'ownerOrganisationId'],
  ['ownerPersonId', 'ownerPersonId'],
  ['startDate', 'startDate'],
  ['dueDate', 'dueDate'],
  ['deliveryStatus', 'deliveryStatus'],
  ['impactStatus', 'impactStatus'],
  ['reason', 'reason'],
] as const;

const LABELS: Record<keyof ActionFormValues, string> = {
  title: 'Title',
  description: 'Description',
  ownerOrganisationId: 'Owner organisation',
  ownerPersonId: 'Owner',
  startDate: 'Start date',
  dueDate: 'Due date',
  deliveryStatus: 'Delivery status',
  impactStatus: 'Impact status',
};

export function ActionForm({
  action,
  organisations,
  people,
  onSubmit,
  isPending,
  error,
}: {
  action: Action;
  organisations: Organisation[];
  people: Person[];
  onSubmit: (input: UpdateActionInput) => void;
  isPending: boolean;
  error: Error | null;
}) {
  const [original, setOriginal] = useState(() => toFormValues(action));
  const [version, setVersion] = useState(action.version);
  const [values, setValues] = useState(original);
  // A due date moved from one day to another needs a reason, which the board sees beside the old and new dates.
  const [reason, setReason] = useState('');
  const reDating = !!joinIsoDate(original.dueDate) && JSON.stringify(original.dueDate) !== JSON.stringify(values.dueDate);
  const withReason = (changes: Omit<UpdateActionInput, 'version'>) => ('dueDate' in changes && reDating ? { ...changes, reason } : changes);
  const set = <K extends keyof ActionFormValues>(key: K, value: ActionFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const conflict = isApiError(error) && error.isConflict && error.current ? (error.current as Action) : null;
  const errors = toFormErrors(conflict ? null : error, FIELDS);
  usePageTitle(`Edit action ${action.reference}`, !!error);

  const orgName = (id: string) => organisations.find((o) => o.id === id)?.name ?? 'None';
  const personName = (id: string) => people.find((p) => p.id === id)?.name ?? 'None';
  const display = (v: ActionFormValues, key: keyof ActionFormValues): string => {
    switch (key) {
      case 'ownerOrganisationId':
        return orgName(v.ownerOrganisationId);
      case 'ownerPersonId':
        return personName(v.ownerPersonId);
      case 'startDate':
      case 'dueDate':
        return formatDate(joinIsoDate(v[key]), 'None');
      case 'deliveryStatus':
        return DELIVERY_STATUS_INFO[v.deliveryStatus].label;
      case 'impactStatus':
        return IMPACT_STATUS_LABELS[v.impactStatus];
      default:
        return v[key] || 'None';
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit({ version, ...withReason(changedFields(original, values)) });
  };

  const newer = conflict ? toFormValues(conflict) : null;
  const keys = Object.keys(LABELS) as (keyof ActionFormValues)[];
  const theirChanges = newer ? keys.filter((k) => JSON.stringify(newer[k]) !== JSON.stringify(original[k])) : [];
  const myChanges = keys.filter((k) => JSON.stringify(values[k]) !== JSON.stringify(original[k]));

  return (
    <>
      <ErrorSummary
        errors={errors.summary}
        description={conflict ? 'Someone else changed this action while you were editing it. Your changes have not been saved yet.' : errors.general}
      />
      {conflict && newer && (
        <div className="govuk-inset-text" id="conflict">
          <h2 className="govuk-heading-m">This action was changed by someone else</h2>
          <p className="govuk-body">{error?.message}</p>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">
              What is different in the newer version (version {conflict.version})
            </caption>
            <TableHead columns={['Field', 'Newer version', 'Your change']} />
            <tbody className="govuk-table__body">
              {[...new Set([...theirChanges, ...myChanges])].map((k) => (
                <tr className="govuk-table__row" key={k}>
                  <th scope="row" className="govuk-table__header">
                    {LABELS[k]}
                  </th>
                  <td className="govuk-table__cell">{display(newer, k)}</td>
                  <td className="govuk-table__cell">{myChanges.includes(k) ? display(values, k) : 'Not changed'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="govuk-button-group">
            <button
              type="button"
              className="govuk-button"
              onClick={() => {
                onSubmit({ version: conflict.version, ...withReason(changedFields(original, values)) });
                setVersion(conflict.version);
              }}
            >
              Save my changes over the newer version
            </button>
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => {
                setOriginal(newer);
                setValues(newer);
                setVersion(conflict.version);
              }}
            >
              Discard my changes and edit the newer version
            </button>
          </div>
        </div>
      )}
      <span className="govuk-caption-l">Action {action.reference}</span>
      <h1 className="govuk-heading-l">Edit action</h1>
      <form onSubmit={submit} noValidate>
        <TextInput id="title" label="Title" value={values.title} onChange={(e) => set('title', e.target.value)} errors={errors.byField.title} maxLength={TITLE_MAX} />
        <Textarea
          id="description"
          label="Description"
          value={values.description}
          onChange={(e) => set('description', e.target.value)}
          errors={errors.byField.description}
          maxLength={DESCRIPTION_MAX}
        />
        <Select
          id="ownerOrganisationId"
          label="Owner organisation"
          value={values.ownerOrganisationId}
          onChange={(e) => set('ownerOrganisationId', e.target.value)}
          errors={errors.byField.ownerOrganisationId}
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        />
        <Select
          id="ownerPersonId"
          label="Owner"
          value={values.ownerPersonId}
          onChange={(e) => set('ownerPersonId', e.target.value)}
          errors={errors.byField.ownerPersonId}
          placeholder="No owner named"
          options={people.map((p) => ({ value: p.id, label: p.name }))}
        />
        <DateInput id="startDate" legend="Start date" hint="For example, 27 3 2025" value={values.startDate} onChange={(v) => set('startDate', v)} errors={errors.byField.startDate} />
        <DateInput id="dueDate" legend="Due date" hint="For example, 30 9 2025" value={values.dueDate} onChange={(v) => set('dueDate', v)} errors={errors.byField.dueDate} />
        {reDating && (
          <Textarea
            id="reason"
            label="Why is the due date changing?"
            hint={`It was due on ${formatDate(joinIsoDate(original.dueDate))}. The board sees the old date, the new one and this reason.`}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            errors={errors.byField.reason}
            maxLength={COMMENT_MAX}
          />
        )}
        <Radios
          id="deliveryStatus"
          legend="Delivery status"
          value={values.deliveryStatus}
          onChange={(v) => set('deliveryStatus', v as DeliveryStatus)}
          errors={errors.byField.deliveryStatus}
          options={DELIVERY_STATUSES.map((s) => ({ value: s, label: DELIVERY_STATUS_INFO[s].label }))}
          small
        />
        <Radios
          id="impactStatus"
          legend="Impact status"
          hint="A completed impact status needs the delivery status to be Complete."
          value={values.impactStatus}
          onChange={(v) => set('impactStatus', v as ImpactStatus)}
          errors={errors.byField.impactStatus}
          options={IMPACT_STATUSES.map((s) => ({ value: s, label: IMPACT_STATUS_LABELS[s] }))}
          small
        />
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" disabled={isPending}>
            Save changes
          </button>
          <Link className="govuk-link" to={paths.action.getHref(action.id)}>
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}
