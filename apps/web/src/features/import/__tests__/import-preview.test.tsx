import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { on, renderWithProviders, stubApi } from '@/testing/test-utils';
import { ImportPreviewRoute } from '../routes/import-preview';
import { JUDGEMENT_WARNING, ME, makePreview, RAG_PROBLEM } from './fixtures';

const me = on('GET', '/api/auth/me', { body: ME });
const renderPreview = () => renderWithProviders(<ImportPreviewRoute />, { path: '/import/imp-1', route: '/import/:importId' });
const REFUSAL = {
  message: 'This import has 1 problem to resolve before it can be committed: correct the sheet and upload it again, change the column mapping, or skip those rows. ' + RAG_PROBLEM.message,
  errors: [{ field: 'rows.7.deliveryStatus', message: RAG_PROBLEM.message }],
};
const COMMITTED = makePreview({
  version: 2, state: 'committed', problems: [], problemCount: 0, canCommit: false,
  plan: { ...makePreview().plan, action: 'update', planId: 'plan-9' },
  result: { planId: 'plan-9', priorityAreas: { new: 2, changed: 0, unchanged: 0 }, actions: { new: 2, changed: 1, unchanged: 0 }, organisations: { new: 1 }, people: { new: 0 } },
});

describe('checking an import before committing it', () => {
  it('shows the plan it would create, the actions by priority area, the problems and a labelled select per field', async () => {
    stubApi(me, on('GET', '/api/imports/imp-1', { body: makePreview() }));
    renderPreview();
    expect(await screen.findByRole('heading', { level: 1, name: 'Check the import' })).toBeInTheDocument();
    expect(screen.getByText('A new plan: Testshire SEND plan (Testshire)')).toBeInTheDocument();

    const areas = screen.getByRole('table', { name: 'Actions by priority area' });
    const rows = within(areas).getAllByRole('row').map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Priority area', 'New actions', 'Updated actions', 'Unchanged actions'],
      ['1. LeadershipNew priority area', '1', '0', '0'],
      ['2. Identification of needNew priority area', '1', '0', '0'],
      ['Total', '2', '0', '0'],
    ]);

    const problems = screen.getByRole('table', { name: 'Problems and skipped rows' });
    expect(within(problems).getByRole('rowheader', { name: '7' })).toBeInTheDocument();
    expect(within(problems).getByText('G (RAG)')).toBeInTheDocument();
    // The table shows where; the message says what.
    expect(within(problems).getByText('"Purple" is not a delivery status. Use one of: Red, Amber, Green.')).toBeInTheDocument();
    expect(within(problems).getByRole('checkbox', { name: 'Skip row 7' })).not.toBeChecked();

    expect(screen.getByRole('combobox', { name: 'Delivery status (RAG)' })).toHaveValue('6');
    expect(screen.getByRole('combobox', { name: /^Action title/ })).toHaveValue('2');
    expect(screen.getByRole('combobox', { name: 'Impact status' })).toHaveValue('');
    expect(within(screen.getByRole('combobox', { name: 'Impact status' })).getByRole('option', { name: 'Not in this file' })).toBeInTheDocument();
    expect(screen.getAllByRole('combobox')).toHaveLength(12);

    expect(screen.getByText(/You cannot import this yet: 1 problem remains/)).toBeInTheDocument();
  });

  it('lists warnings apart from problems, as GOV.UK warning text without a box to skip them', async () => {
    stubApi(me, on('GET', '/api/imports/imp-1', { body: makePreview({ warnings: [JUDGEMENT_WARNING] }) }));
    renderPreview();
    expect(await screen.findByRole('heading', { level: 2, name: 'Problems (1)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Warnings (1)' })).toBeInTheDocument();
    expect(screen.getByText('1 row will be imported as the spreadsheet says, and flagged in the plan until it is put right. It does not stop the import.')
      .closest('.govuk-warning-text')).not.toBeNull();

    const warnings = screen.getByRole('table', { name: 'Warnings' });
    expect(within(warnings).getByRole('rowheader', { name: '5' })).toBeInTheDocument();
    expect(within(warnings).getByText('H (Impact)')).toBeInTheDocument();
    expect(within(warnings).getByText(/^Imported as the council judged it, "Completed – impact evidenced"/)).toBeInTheDocument();
    // The warning is not a problem: it has no box to skip it, and the problem stays in its own table.
    expect(within(warnings).queryByRole('checkbox')).not.toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Problems and skipped rows' })).queryByText(/impact evidenced/)).not.toBeInTheDocument();
  });

  it('can commit a preview whose only remarks are warnings, and says they do not stop it', async () => {
    stubApi(me, on('GET', '/api/imports/imp-1', { body: makePreview({ problems: [], warnings: [JUDGEMENT_WARNING] }) }));
    renderPreview();
    expect(await screen.findByText('There are no problems: every row can be imported.')).toBeInTheDocument();
    expect(screen.getByText(/This creates the plan Testshire SEND plan: .* The 1 warning above will not stop it\./)).toBeInTheDocument();
    expect(screen.queryByText(/You cannot import this yet/)).not.toBeInTheDocument();
  });

  it('says there are no warnings when there are none', async () => {
    stubApi(me, on('GET', '/api/imports/imp-1', { body: makePreview() }));
    renderPreview();
    expect(await screen.findByRole('heading', { level: 2, name: 'Warnings' })).toBeInTheDocument();
    expect(screen.getByText('There are no warnings.')).toBeInTheDocument();
  });

  it('skips a row: sends the rows to skip with the version, and shows the new preview', async () => {
    const calls = stubApi(
      me,
      on('GET', '/api/imports/imp-1', { body: makePreview() }),
      on('PATCH', '/api/imports/imp-1', { body: makePreview({ version: 2, problems: [], skipRows: [7] }) }),
    );
    renderPreview();
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Skip row 7' }));
    await userEvent.click(screen.getByRole('button', { name: 'Update skipped rows' }));
    expect(await screen.findByText('The preview has been updated: no problems remain.')).toHaveAttribute('role', 'status');
    expect(calls.find((c) => c.method === 'PATCH')!.body).toEqual({ version: 1, skipRows: [7] });
    // The skipped row stays listed, ticked, so the skip can be undone.
    expect(screen.getByRole('checkbox', { name: 'Skip row 7' })).toBeChecked();
    expect(screen.getByText('Skipped: this row is not imported.')).toBeInTheDocument();
    expect(screen.queryByText(/You cannot import this yet/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create the plan' })).toBeInTheDocument();
  });

  it('changes the column mapping, and shows a refused mapping beside its select', async () => {
    const duplicate = 'Column C is already mapped to Action title (title): a column holds one field. Unmap it there first (set it to null).';
    const calls = stubApi(
      me,
      on('GET', '/api/imports/imp-1', { body: makePreview() }),
      on('PATCH', '/api/imports/imp-1', { status: 400, body: { message: 'Validation failed', errors: [{ field: 'mapping.description', message: duplicate }] } }),
    );
    renderPreview();
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Description' }), 'Column C: Action');
    await userEvent.click(screen.getByRole('button', { name: 'Use these columns' }));
    expect(await screen.findByRole('link', { name: duplicate })).toHaveAttribute('href', '#mapping-description');
    expect(screen.getByRole('combobox', { name: 'Description' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('combobox', { name: 'Description' })).toHaveValue('2');
    const body = calls.find((c) => c.method === 'PATCH')!.body as { version: number; mapping: Record<string, number | null> };
    expect(body.version).toBe(1);
    expect(body.mapping).toMatchObject({ description: 2, title: 2, deliveryStatus: 6, impactStatus: null });
  });

  it('shows the API’s refusal of a commit in an error summary that links to the row to skip', async () => {
    const calls = stubApi(me, on('GET', '/api/imports/imp-1', { body: makePreview() }), on('POST', '/api/imports/imp-1/commit', { status: 409, body: REFUSAL }));
    renderPreview();
    await userEvent.click(await screen.findByRole('button', { name: 'Create the plan' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('The import was not committed');
    expect(summary).toHaveTextContent('This import has 1 problem to resolve before it can be committed');
    // Each problem is said once, as a link.
    expect(summary.textContent.split(RAG_PROBLEM.message)).toHaveLength(2);
    const link = within(summary).getByRole('link', { name: RAG_PROBLEM.message });
    expect(link).toHaveAttribute('href', '#skip-row-7');
    Element.prototype.scrollIntoView = jest.fn(); // jsdom does not lay out pages
    await userEvent.click(link);
    expect(screen.getByRole('checkbox', { name: 'Skip row 7' })).toHaveFocus();
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ version: 1 });
    expect(document.title).toMatch(/^Error: Check the import/);
  });

  it('says it is importing while the commit runs, then confirms with the counts and a link to the plan’s dashboard', async () => {
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    let committed = false;
    stubApi(
      me,
      on('GET', '/api/imports/imp-1', () => ({ body: committed ? COMMITTED : makePreview({ problems: [] }) })),
      on('POST', '/api/imports/imp-1/commit', () => {
        committed = true;
        return { body: COMMITTED };
      }),
    );
    const answer = globalThis.fetch;
    globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (init?.method === 'POST') await held;
      return answer(input, init);
    });
    renderPreview();
    await userEvent.click(await screen.findByRole('button', { name: 'Create the plan' }));
    expect(await screen.findByText('Importing…')).toHaveAttribute('role', 'status');
    release();
    const title = await screen.findByRole('heading', { level: 1, name: 'Import complete' });
    await waitFor(() => expect(title).toHaveFocus());
    expect(screen.getByText('2 actions added and 1 action updated in Testshire SEND plan')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the dashboard for Testshire SEND plan' })).toHaveAttribute('href', '/?plan=plan-9');
  });

  it('shows a committed import as its confirmation when opened again', async () => {
    stubApi(me, on('GET', '/api/imports/imp-1', { body: COMMITTED }));
    renderPreview();
    expect(await screen.findByRole('heading', { level: 1, name: 'Import complete' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Create the plan|Import into the plan/ })).not.toBeInTheDocument();
  });
});
