import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ROLE_LABELS, ROLES, type Role } from '@send/domain';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Checkboxes, Select, TextInput } from '@/components/ui/form-fields';
import { isApiError } from '@/lib/api-client';
import { toFormErrors } from '@/lib/form-errors';
import type { UserInput } from '../api';

export interface Option {
  value: string;
  label: string;
}

const FIELDS = [
  ['email', 'email'],
  ['displayName', 'displayName'],
  ['roles', 'roles'],
  ['organisationId', 'organisationId'],
  ['personId', 'personId'],
  ['password', 'password'],
] as const;

/** An account: who, which roles, and which organisation and person they act for. */
export function UserForm({
  initial,
  organisations,
  people,
  isNew,
  error,
  isPending,
  onSubmit,
  cancelHref,
  submitLabel,
}: {
  initial: { email: string; displayName: string; roles: Role[]; organisationId: string; personId: string };
  organisations: Option[];
  people: Option[];
  isNew: boolean;
  error: Error | null;
  isPending: boolean;
  onSubmit: (input: UserInput) => void;
  cancelHref: string;
  submitLabel: string;
}) {
  const [v, setV] = useState({ ...initial, password: '' });
  const errors = toFormErrors(error, FIELDS);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit({
      ...(isNew ? { email: v.email } : {}),
      displayName: v.displayName,
      roles: v.roles,
      organisationId: v.organisationId || null,
      personId: v.personId || null,
      ...(isNew && v.password ? { password: v.password } : {}),
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={errors.summary} description={isApiError(error) && error.isConflict ? error.message : errors.general} />
      {isNew && <TextInput id="email" label="Email address" type="email" spellCheck={false} value={v.email} onChange={(e) => setV({ ...v, email: e.target.value })} errors={errors.byField.email} />}
      <TextInput id="displayName" label="Name" value={v.displayName} onChange={(e) => setV({ ...v, displayName: e.target.value })} errors={errors.byField.displayName} />
      <Checkboxes
        id="roles"
        legend="Roles"
        hint="What this person may do. The server checks every request against these roles."
        options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
        values={v.roles}
        onChange={(roles) => setV({ ...v, roles: roles as Role[] })}
        errors={errors.byField.roles}
      />
      <Select id="organisationId" label="Organisation" placeholder="None" options={organisations} value={v.organisationId} onChange={(e) => setV({ ...v, organisationId: e.target.value })} errors={errors.byField.organisationId} />
      <Select id="personId" label="Acts as (for owning actions)" placeholder="Nobody" options={people} value={v.personId} onChange={(e) => setV({ ...v, personId: e.target.value })} errors={errors.byField.personId} />
      {isNew && (
        <TextInput
          id="password"
          label="Password (optional)"
          hint="At least 12 characters. Leave it empty and issue a reset link instead, so the person sets their own."
          type="password"
          autoComplete="new-password"
          value={v.password}
          onChange={(e) => setV({ ...v, password: e.target.value })}
          errors={errors.byField.password}
        />
      )}
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" disabled={isPending}>
          {submitLabel}
        </button>
        <Link className="govuk-link" to={cancelHref}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
