import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Checkboxes, TextInput } from '@/components/ui/form-fields';
import { NotificationBanner, usePageTitle } from '@/components/ui/misc';
import { Empty, QueryState } from '@/components/ui/page-state';
import { TableScroll } from '@/components/ui/table-scroll';
import { useMe } from '@/features/auth/api';
import { formatDate } from '@/lib/format';
import { toFormErrors } from '@/lib/form-errors';
import { type Adviser, type CreatedLocalArea, type LocalArea, useAdvisers, useCreateLocalArea, useLocalAreas, useSetAdvisedLocalAreas } from '../api';

const AREA_FIELDS = [
  ['name', 'area-name'],
  ['slug', 'area-slug'],
  ['councilName', 'area-council'],
  ['icbName', 'area-icb'],
  ['administrator.email', 'administrator-email'],
  ['administrator.displayName', 'administrator-name'],
] as const;

const EMPTY_AREA = { name: '', slug: '', councilName: '', icbName: '', email: '', displayName: '' };

/** A slug suggested from the name, as the person types it: "Bath and North East Somerset" -> "bath-and-north-east-somerset". */
function slugOf(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** A new local area and its first administrator; the password is shown once, after. */
function NewLocalAreaForm() {
  const create = useCreateLocalArea();
  const [v, setV] = useState(EMPTY_AREA);
  const [slugTouched, setSlugTouched] = useState(false);
  const [created, setCreated] = useState<CreatedLocalArea | null>(null);
  const errors = toFormErrors(create.error, AREA_FIELDS);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      { name: v.name, slug: v.slug, councilName: v.councilName || undefined, icbName: v.icbName || undefined, administrator: { email: v.email, displayName: v.displayName } },
      { onSuccess: (answer) => { setCreated(answer); setV(EMPTY_AREA); setSlugTouched(false); } },
    );
  };
  return (
    <>
      {created && (
        <NotificationBanner title="Local area added">
          <h3 className="govuk-notification-banner__heading">{created.localArea.name} has been added</h3>
          <p className="govuk-body">
            Its first administrator signs in as <strong>{created.administrator.email}</strong> with this password, shown only now:
          </p>
          <p className="govuk-body"><code className="app-secret" data-testid="first-password">{created.administrator.password}</code></p>
          <p className="govuk-body">Give it to them by a safe route; they should change it when they first sign in.</p>
        </NotificationBanner>
      )}
      <form onSubmit={submit} noValidate aria-labelledby="new-area-heading">
        <h2 className="govuk-heading-m" id="new-area-heading">Add a local area</h2>
        <ErrorSummary errors={errors.summary} description={errors.general} />
        <TextInput id="area-name" label="Name" hint="As the partnership calls itself, for example Devon" value={v.name}
          onChange={(e) => setV({ ...v, name: e.target.value, slug: slugTouched ? v.slug : slugOf(e.target.value) })} errors={errors.byField.name} />
        <TextInput id="area-slug" label="Short name for addresses" hint="Lower-case letters, digits and hyphens" spellCheck={false} value={v.slug}
          onChange={(e) => { setSlugTouched(true); setV({ ...v, slug: e.target.value }); }} errors={errors.byField.slug} />
        <TextInput id="area-council" label="Council (optional)" value={v.councilName} onChange={(e) => setV({ ...v, councilName: e.target.value })} errors={errors.byField.councilName} />
        <TextInput id="area-icb" label="Integrated care board (optional)" value={v.icbName} onChange={(e) => setV({ ...v, icbName: e.target.value })} errors={errors.byField.icbName} />
        <TextInput id="administrator-email" label="First administrator's email address" type="email" spellCheck={false} autoComplete="off" value={v.email}
          onChange={(e) => setV({ ...v, email: e.target.value })} errors={errors.byField['administrator.email']} />
        <TextInput id="administrator-name" label="First administrator's name" value={v.displayName} onChange={(e) => setV({ ...v, displayName: e.target.value })} errors={errors.byField['administrator.displayName']} />
        <button type="submit" className="govuk-button" disabled={create.isPending}>{create.isPending ? 'Adding…' : 'Add local area'}</button>
      </form>
    </>
  );
}

/** One adviser's row: their areas in words, and a form to change them. */
function AdviserRow({ adviser, areas }: { adviser: Adviser; areas: LocalArea[] }) {
  const save = useSetAdvisedLocalAreas(adviser.id);
  const [editing, setEditing] = useState(false);
  const [chosen, setChosen] = useState(adviser.advisedLocalAreas.map((a) => a.id));
  const errors = toFormErrors(save.error, [['localAreaIds', `advised-${adviser.id}`]]);
  const others = areas.filter((a) => a.id !== adviser.localArea.id);
  return (
    <tr className="govuk-table__row">
      <th scope="row" className="govuk-table__header">
        {adviser.displayName}
        <span className="govuk-body-s govuk-!-display-block">{adviser.email}{adviser.active ? '' : ' (deactivated)'}</span>
      </th>
      <td className="govuk-table__cell">{adviser.localArea.name}</td>
      <td className="govuk-table__cell">
        {editing ? (
          <form
            noValidate
            onSubmit={(e) => { e.preventDefault(); save.mutate({ localAreaIds: chosen }, { onSuccess: () => setEditing(false) }); }}
          >
            <ErrorSummary errors={errors.summary} description={errors.general} />
            <Checkboxes
              id={`advised-${adviser.id}`}
              legend={`Local areas ${adviser.displayName} reads besides ${adviser.localArea.name}`}
              options={others.map((a) => ({ value: a.id, label: a.name }))}
              values={chosen}
              onChange={setChosen}
              errors={errors.byField.localAreaIds}
            />
            <div className="govuk-button-group">
              <button type="submit" className="govuk-button" disabled={save.isPending}>Save local areas</button>
              <button type="button" className="govuk-button govuk-button--secondary" onClick={() => { setChosen(adviser.advisedLocalAreas.map((a) => a.id)); setEditing(false); }}>Cancel</button>
            </div>
          </form>
        ) : adviser.advisedLocalAreas.length === 0 ? (
          'None besides their own'
        ) : (
          adviser.advisedLocalAreas.map((a) => a.name).join(', ')
        )}
      </td>
      <td className="govuk-table__cell">
        {!editing && (
          <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => setEditing(true)}>
            Change<span className="govuk-visually-hidden"> the local areas of {adviser.displayName}</span>
          </button>
        )}
      </td>
    </tr>
  );
}

/**
 * The installation's own page, for its administrators: every local area on it, a new one with its
 * first administrator, and the local areas each adviser reads.
 */
export function InstallationRoute() {
  usePageTitle('Local areas on this installation');
  const me = useMe();
  if (me.isPending) return null;
  if (!me.data?.installationAdmin) {
    return (
      <div className="app-state">
        <h1 className="govuk-heading-l">You cannot see this page</h1>
        <p className="govuk-body">Only the installation&apos;s administrators manage its local areas.</p>
      </div>
    );
  }
  return <InstallationPage />;
}

function InstallationPage() {
  const areas = useLocalAreas();
  const advisers = useAdvisers();
  return (
    <>
      <h1 className="govuk-heading-l">Local areas on this installation</h1>
      <QueryState query={areas} loadingLabel="Loading the local areas">
        {(rows) => (
          <>
            <TableScroll label="Local areas">
              <table className="govuk-table">
                <caption className="govuk-table__caption govuk-table__caption--m">{rows.length} local area{rows.length === 1 ? '' : 's'}</caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    <th scope="col" className="govuk-table__header">Local area</th>
                    <th scope="col" className="govuk-table__header">Short name</th>
                    <th scope="col" className="govuk-table__header">Council</th>
                    <th scope="col" className="govuk-table__header">Integrated care board</th>
                    <th scope="col" className="govuk-table__header">Added</th>
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {rows.map((a) => (
                    <tr className="govuk-table__row" key={a.id}>
                      <th scope="row" className="govuk-table__header">{a.name}</th>
                      <td className="govuk-table__cell">{a.slug}</td>
                      <td className="govuk-table__cell">{a.councilName || 'Not given'}</td>
                      <td className="govuk-table__cell">{a.icbName || 'Not given'}</td>
                      <td className="govuk-table__cell">{formatDate(a.createdAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
            <h2 className="govuk-heading-m">Advisers</h2>
            <p className="govuk-body">
              An adviser (a DfE SEND adviser, an NHS England adviser) reads the plans of the local areas given here, and writes nothing.
              Give an account the adviser role on its local area&apos;s Users page first.
            </p>
            <QueryState query={advisers} loadingLabel="Loading the advisers">
              {(list) =>
                list.length === 0 ? (
                  <Empty>There are no advisers yet.</Empty>
                ) : (
                  <TableScroll label="Advisers">
                    <table className="govuk-table">
                      <caption className="govuk-visually-hidden">Advisers and the local areas they read</caption>
                      <thead className="govuk-table__head">
                        <tr className="govuk-table__row">
                          <th scope="col" className="govuk-table__header">Adviser</th>
                          <th scope="col" className="govuk-table__header">Their own local area</th>
                          <th scope="col" className="govuk-table__header">Also reads</th>
                          <th scope="col" className="govuk-table__header"><span className="govuk-visually-hidden">Change</span></th>
                        </tr>
                      </thead>
                      <tbody className="govuk-table__body">
                        {list.map((adviser) => <AdviserRow key={adviser.id} adviser={adviser} areas={rows} />)}
                      </tbody>
                    </table>
                  </TableScroll>
                )
              }
            </QueryState>
          </>
        )}
      </QueryState>
      <NewLocalAreaForm />
    </>
  );
}

export default InstallationRoute;
