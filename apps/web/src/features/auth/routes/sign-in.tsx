import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextInput } from '@/components/ui/form-fields';
import { usePageTitle } from '@/components/ui/misc';
import { paths } from '@/config/paths';
import { toFormErrors } from '@/lib/form-errors';
import { useMe, useSignIn } from '../api';

const FIELDS = [
  ['email', 'email'],
  ['password', 'password'],
] as const;

/** Only paths inside the app: a redirect to another site would be an open redirect. */
export function safeRedirect(target: string | null): string {
  return target && target.startsWith('/') && !target.startsWith('//') ? target : paths.home.getHref();
}

export function SignInRoute() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const me = useMe();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const errors = toFormErrors(signIn.error, FIELDS);
  const redirectTo = safeRedirect(params.get('redirectTo'));
  usePageTitle('Sign in', !!signIn.error);

  if (me.data && !signIn.isPending) return <Navigate to={redirectTo} replace />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    signIn.mutate({ email, password }, { onSuccess: () => navigate(redirectTo, { replace: true }) });
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors.summary} description={errors.general} />
        <h1 className="govuk-heading-l">Sign in</h1>
        <p className="govuk-body">Sign in with the email address and password for your account on the SEND Improvement Plan tracker.</p>
        <form onSubmit={submit} noValidate>
          <TextInput
            id="email"
            label="Email address"
            type="email"
            autoComplete="email"
            spellCheck={false}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            errors={errors.byField.email}
          />
          <TextInput
            id="password"
            label="Password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            errors={errors.byField.password}
            widthClass="govuk-!-width-two-thirds"
          />
          <button type="submit" className="govuk-button" disabled={signIn.isPending}>
            Sign in
          </button>
        </form>
      </div>
    </div>
  );
}

export default SignInRoute;
