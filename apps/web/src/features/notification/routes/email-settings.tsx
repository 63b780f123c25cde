import { useState, type FormEvent } from 'react';
import { WEEKDAYS, type EmailKind, type Weekday } from '@send/domain';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Checkboxes, Radios } from '@/components/ui/form-fields';
import { NotificationBanner, usePageTitle } from '@/components/ui/misc';
import { QueryState } from '@/components/ui/page-state';
import { isApiError } from '@/lib/api-client';
import { usePreferences, useUpdatePreferences, type Preferences } from '../api';

const dayLabel = (d: Weekday) => `${d.charAt(0).toUpperCase()}${d.slice(1)}`;

export function EmailSettingsRoute() {
  usePageTitle('Email settings');
  const preferences = usePreferences();
  // Kept here: a save answers a new version, which starts a fresh form.
  const [saved, setSaved] = useState(false);
  return (
    <QueryState query={preferences} loadingLabel="Loading your email settings">
      {/* A fresh form for each version read. */}
      {(data) => <EmailSettingsForm key={data.version} preferences={data} saved={saved} setSaved={setSaved} />}
    </QueryState>
  );
}

function EmailSettingsForm({ preferences, saved, setSaved }: { preferences: Preferences; saved: boolean; setSaved: (saved: boolean) => void }) {
  const save = useUpdatePreferences();
  const [on, setOn] = useState<string[]>(() => preferences.kinds.filter((k) => preferences.emails[k.kind]).map((k) => k.kind));
  const [digestDay, setDigestDay] = useState<string>(preferences.digestDay);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const emails = Object.fromEntries(preferences.kinds.map((k) => [k.kind, on.includes(k.kind)])) as Record<EmailKind, boolean>;
    save.mutate({ emails, digestDay: digestDay as Weekday, version: preferences.version }, { onSuccess: () => setSaved(true) });
  };
  const error = save.error;
  const conflict = isApiError(error) && error.isConflict;
  const fieldErrors = isApiError(error) && !conflict ? error.fieldErrors.map((f) => ({ href: f.field.startsWith('digestDay') ? 'digestDay' : 'emails', message: f.message })) : [];

  return (
    <>
      <ErrorSummary
        errors={fieldErrors}
        description={conflict ? 'Your settings were changed in another window. Reload the page to see them, then make your change again.' : error && !isApiError(error) ? 'Your settings could not be saved. Try again.' : undefined}
      />
      {saved && <NotificationBanner success title="Success">Your email settings have been saved.</NotificationBanner>}
      <h1 className="govuk-heading-l">Email settings</h1>
      <form onSubmit={submit} noValidate>
        <Checkboxes
          id="emails"
          legend="Which emails do you want?"
          hint="You will still see every notification in the app."
          options={preferences.kinds.map((k) => ({ value: k.kind, label: k.label }))}
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
    </>
  );
}

export default EmailSettingsRoute;
