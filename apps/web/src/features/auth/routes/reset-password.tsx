import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PASSWORD_MIN_LENGTH } from '@send/domain';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextInput } from '@/components/ui/form-fields';
import { NotificationBanner, usePageTitle } from '@/components/ui/misc';
import { paths } from '@/config/paths';
import { api } from '@/lib/api-client';
import { toFormErrors } from '@/lib/form-errors';
import { useMutation } from '@tanstack/react-query';

const FIELDS = [
  ['password', 'password'],
  ['token', 'password'],
] as const;

/** Setting a new password with the one-time link an administrator passed on. */
export function ResetPasswordRoute() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const reset = useMutation({ mutationFn: (input: { token: string; password: string }) => api.post<void>('/api/auth/reset-password', input) });
  const errors = toFormErrors(reset.error, FIELDS);
  usePageTitle('Set a new password', !!reset.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    reset.mutate({ token, password });
  };
  if (reset.isSuccess) {
    return (
      <>
        <NotificationBanner success>
          <p className="govuk-notification-banner__heading">Your password has been set.</p>
        </NotificationBanner>
        <h1 className="govuk-heading-l">Password set</h1>
        <p className="govuk-body">
          <Link className="govuk-link" to={paths.signIn.getHref()}>
            Sign in with your new password
          </Link>
        </p>
      </>
    );
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors.summary} description={errors.general} />
        <h1 className="govuk-heading-l">Set a new password</h1>
        <form onSubmit={submit} noValidate>
          <TextInput
            id="password"
            label="New password"
            hint={`At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong password.`}
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            errors={errors.byField.password ?? errors.byField.token}
          />
          <button type="submit" className="govuk-button" disabled={reset.isPending}>
            Set password
          </button>
        </form>
      </div>
    </div>
  );
}

export default ResetPasswordRoute;
