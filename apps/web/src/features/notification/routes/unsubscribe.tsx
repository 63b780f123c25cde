import { Link, useSearchParams } from 'react-router';
import { usePageTitle } from '@/components/ui/misc';
import { ErrorState, Loading } from '@/components/ui/page-state';
import { paths } from '@/config/paths';
import { useUnsubscribe, useUnsubscribeLink } from '../api';

/** The page an email's "Stop these emails" link opens: no sign-in needed; it asks before it stops anything. */
export function UnsubscribeRoute() {
  usePageTitle('Stop these emails');
  const token = useSearchParams()[0].get('token') ?? '';
  const link = useUnsubscribeLink(token);
  const unsubscribe = useUnsubscribe();

  if (!token) {
    return (
      <>
        <h1 className="govuk-heading-l">This link is not complete</h1>
        <p className="govuk-body">Copy the whole link from the email, or sign in and change your email settings.</p>
      </>
    );
  }
  if (link.isPending) return <Loading label="Checking the link" />;
  if (link.isError) return <ErrorState error={link.error} heading />;
  const done = unsubscribe.isSuccess || !link.data.subscribed;
  return (
    <>
      <h1 className="govuk-heading-l">{done ? 'You will no longer get these emails' : 'Stop these emails?'}</h1>
      <p className="govuk-body">
        {done ? 'You have stopped' : 'This will stop'}: <strong>{link.data.label}</strong>.
      </p>
      {done ? (
        <p className="govuk-body">
          You can still see these notifications in the app. To get these emails again, sign in and change your{' '}
          <Link to={paths.emailSettings.getHref()} className="govuk-link">email settings</Link>.
        </p>
      ) : (
        <>
          <p className="govuk-body">Your other emails will not change.</p>
          {unsubscribe.isError && <ErrorState error={unsubscribe.error} />}
          <button type="button" className="govuk-button" disabled={unsubscribe.isPending} onClick={() => unsubscribe.mutate(token)}>
            Stop these emails
          </button>
        </>
      )}
    </>
  );
}

export default UnsubscribeRoute;
