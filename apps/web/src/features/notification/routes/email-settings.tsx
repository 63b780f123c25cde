import { useState, type FormEvent } from 'react';
import { WEEKDAYS, type EmailKind, type Weekday } from '@send/domain';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Checkboxes, Radios } from '@/components/ui/form-fields';
import { NotificationBanner, usePageTitle } from '@/components/ui/misc';
import { QueryState } from '@/components/ui/page-state';
import { isApiError } from '@/lib/api-client';
import { usePreferences, useUpdatePreferences } from '../api';

const dayLabel = (d: Weekday) => `${d.charAt(0).toUpperCase()}${d.slice(1)}`;

export function EmailSettingsRoute() {
  usePageTitle('Email settings');
  const preferences = usePreferences();
  const save = useUpdatePreferences();
  const [on, setOn] = useState<string[]>([]);
  const [digestDay, setDigestDay] = useState<string>('monday');
  const [saved, setSaved] = useState(false);
  // The form starts from the settings as saved, and again whenever they are read afresh.
  const [shown, setShown] = useState<typeof preferences.data>(undefined);
  if (preferences.data && preferences.data !== shown) {
    const data = preferences.data;
    setShown(data);
    setOn(data.kinds.filter((k) => data.emails[k.kind]).map((k) => k.kind));
    setDigestDay(data.digestDay);
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!preferences.data) return;
    setSaved(false);
    const emails = Object.fromEntries(preferences.data.kinds.map((k) => [k.kind, on.includes(k.kind)])) as Record<EmailKind, boolean>;
    save.mutate({ emails, digestDay: digestDay as Weekday, version: preferences.data.version }, { onSuccess: () => setSaved(true) });
  };
  const error = save.error;
  const conflict = isApiError(error) && error.isConflict;
  const fieldErrors = isApiError(error) && !conflict ? error.fieldErrors.map((f) => ({ href: f.field.startsWith('digestDay') ? 'digestDay' : 'emails', message: f.message })) : [];

  return (
    <>
      <ErrorSummary
        errors={fieldErrors}
        description={conflict ? 'Your settings were changed in another window. They are shown as they are now: make your change again.' : error && !isApiError(error) ? 'Your settings could not be saved. Try again.' : undefined}
      />
      {saved && <NotificationBanner success title="Success">Your email settings have been saved.</NotificationBanner>}
      <h1 className="govuk-heading-l">Email settings</h1>
      <QueryState query={preferences} loadingLabel="Loading your email settings">
        {(data) => (
          <form onSubmit={submit} noValidate>
            <Checkboxes
              id="emails"
              legend="Which emails do you want?"
              hint="You will still see every notification in the app."
              options={data.kinds.map((k) => ({ value: k.kind, label: k.label }))}
              values={on}
              onChange={setOn}
            />
            <Radios
              id="digestDay"
              legend="Which day should your weekly summary come?"
              hint="Only plan managers get the weekly summary."
              options={WEEKDAYS.map((d) => ({ value: d, label: dayLabel(d) }))}
              value={digestDay}
              onChange={setDigestDay}
              small
            />
            <button type="submit" className="govuk-button" disabled={save.isPending}>
              Save email settings
            </button>
          </form>
        )}
      </QueryState>
    </>
  );
}

export default EmailSettingsRoute;
