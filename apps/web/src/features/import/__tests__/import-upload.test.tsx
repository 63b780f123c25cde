import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { on, renderWithProviders, stubApi } from '@/testing/test-utils';
import { ImportUploadRoute } from '../routes/import-upload';
import { ME, makePreview, PLANS } from './fixtures';

const csv = () => new File(['Ref,Action,RAG\n1.1,Set up the board,Green\n'], 'tracker.csv', { type: 'text/csv' });
const common = [on('GET', '/api/auth/me', { body: ME }), on('GET', '/api/plans', { body: PLANS })];
const renderUpload = () => renderWithProviders(<ImportUploadRoute />, { path: '/import', route: '/import' });

/** A promise the test settles when it is ready for the upload to go on. */
function gate() {
  let open = () => {};
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

describe('uploading a spreadsheet to import', () => {
  it('sends the plan and the file, shows how far the upload has gone, then opens the preview', async () => {
    const halfway = gate();
    const sent = gate();
    const calls = stubApi(...common, on('POST', '/api/imports', { status: 201, body: makePreview(), uploadProgress: [0.45, halfway.promise, 1, sent.promise] }));
    const { router } = renderUpload();
    await userEvent.click(await screen.findByRole('radio', { name: 'Plymouth SEND improvement plan' }));
    await userEvent.upload(screen.getByLabelText('Upload the spreadsheet'), csv());
    await userEvent.click(screen.getByRole('button', { name: 'Upload and check' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Uploading 45%…');
    expect(screen.getByRole('progressbar', { name: 'Upload progress' })).toHaveAttribute('value', '45');
    halfway.open();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Reading the spreadsheet…'));
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    sent.open();
    await waitFor(() => expect(router.state.location.pathname).toBe('/import/imp-1'));

    const upload = calls.find((c) => c.method === 'POST' && c.url.pathname === '/api/imports')!;
    const form = upload.body as FormData;
    expect(form.get('planId')).toBe('plan-1');
    expect(form.get('title')).toBeNull();
    expect((form.get('file') as File).name).toBe('tracker.csv');
  });

  it('sends the title and local area for a new plan', async () => {
    const calls = stubApi(...common, on('POST', '/api/imports', { status: 201, body: makePreview() }));
    const { router } = renderUpload();
    await userEvent.click(await screen.findByRole('radio', { name: 'A new plan' }));
    await userEvent.type(screen.getByLabelText('Title of the new plan'), 'Testshire SEND plan');
    await userEvent.type(screen.getByLabelText('Local area'), 'Testshire');
    await userEvent.upload(screen.getByLabelText('Upload the spreadsheet'), csv());
    await userEvent.click(screen.getByRole('button', { name: 'Upload and check' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/import/imp-1'));
    const form = calls.find((c) => c.method === 'POST')!.body as FormData;
    expect([form.get('planId'), form.get('title'), form.get('localArea')]).toEqual([null, 'Testshire SEND plan', 'Testshire']);
  });

  it('asks for the plan and the file before sending anything', async () => {
    const calls = stubApi(...common);
    renderUpload();
    await userEvent.click(await screen.findByRole('button', { name: 'Upload and check' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Select the plan this spreadsheet is for, or a new plan' })).toHaveAttribute('href', '#plan');
    expect(within(summary).getByRole('link', { name: 'Select the spreadsheet to import (.xlsx or .csv)' })).toHaveAttribute('href', '#file');
    expect(screen.getByLabelText('Upload the spreadsheet')).toHaveAttribute('aria-invalid', 'true');
    expect(document.title).toMatch(/^Error: /);
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
  });

  it('shows the API’s refusal of the file beside the file input', async () => {
    const refusal = 'Files of type .txt cannot be imported. Upload the tracker saved as .xlsx or .csv.';
    stubApi(...common, on('POST', '/api/imports', { status: 400, body: { message: 'Validation failed', errors: [{ field: 'file', message: refusal }] } }));
    const { router } = renderUpload();
    await userEvent.click(await screen.findByRole('radio', { name: 'Plymouth SEND improvement plan' }));
    await userEvent.upload(screen.getByLabelText('Upload the spreadsheet'), csv());
    await userEvent.click(screen.getByRole('button', { name: 'Upload and check' }));
    expect(await screen.findByRole('link', { name: refusal })).toHaveAttribute('href', '#file');
    expect(screen.getByText(refusal, { selector: '.govuk-error-message' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(router.state.location.pathname).toBe('/import');
  });

  it('shows the server’s refusal of a file that is too large', async () => {
    stubApi(...common, on('POST', '/api/imports', { status: 413, body: { message: 'Payload too large', errors: [{ field: 'file', message: 'The file is larger than 25 MB.' }] } }));
    renderUpload();
    await userEvent.click(await screen.findByRole('radio', { name: 'Plymouth SEND improvement plan' }));
    await userEvent.upload(screen.getByLabelText('Upload the spreadsheet'), csv());
    await userEvent.click(screen.getByRole('button', { name: 'Upload and check' }));
    expect(await screen.findByRole('link', { name: 'The file is larger than 25 MB.' })).toHaveAttribute('href', '#file');
  });

  it('does not send a file larger than the API takes', async () => {
    const calls = stubApi(...common);
    renderUpload();
    const big = csv();
    Object.defineProperty(big, 'size', { value: 26 * 1024 * 1024 });
    await userEvent.click(await screen.findByRole('radio', { name: 'Plymouth SEND improvement plan' }));
    await userEvent.upload(screen.getByLabelText('Upload the spreadsheet'), big);
    await userEvent.click(screen.getByRole('button', { name: 'Upload and check' }));
    expect(await screen.findByRole('link', { name: /The file is larger than 25 MB/ })).toHaveAttribute('href', '#file');
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
  });

  it('is not offered to people who cannot import', async () => {
    stubApi(on('GET', '/api/auth/me', { body: { ...ME, roles: ['action_owner'] } }), on('GET', '/api/plans', { body: PLANS }));
    renderUpload();
    expect(await screen.findByRole('heading', { name: 'You cannot see this page' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Upload the spreadsheet')).not.toBeInTheDocument();
  });
});
