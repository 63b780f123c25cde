import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { on, renderWithProviders, stubApi } from '@/testing/test-utils';
import { MeetingRoute } from '../routes/meeting';
import { DECISION, DRAFT, MEETING, PUBLISHED, detailOf, page, user } from './fixtures';

const renderMeeting = (path = '/meetings/m1') => renderWithProviders(<MeetingRoute />, { path, route: '/meetings/:meetingId' });

/** Everything a plan manager's meeting page reads. */
const readsFor = (packs: unknown[] | (() => unknown[]), roles = ['plan_manager']) => [
  on('GET', '/api/auth/me', { body: user(roles) }),
  on('GET', '/api/meetings/m1', { body: MEETING }),
  on('GET', '/api/meetings/m1/packs', () => {
    const items = typeof packs === 'function' ? packs() : packs;
    return { body: { items, total: items.length } };
  }),
  on('GET', '/api/meetings/m1/decisions', { body: page([]) }),
  on('GET', '/api/actions', { body: page([{ id: 'a1', reference: '1.2', title: 'Publish the local offer' }]) }),
  on('GET', '/api/people', { body: page([{ id: 'p1', name: 'Head of SEND', jobTitle: null }]) }),
];

/** Holds every POST until `release` is called, so a test can look at the page while it runs. */
function holdPosts() {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const stubbed = globalThis.fetch;
  globalThis.fetch = jest.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    if (init.method === 'POST') await gate;
    return stubbed(input, init);
  }) as typeof fetch;
  return release;
}

describe('the meeting page', () => {
  it('shows progress while a pack is generated, then previews it from its snapshot', async () => {
    let generated: unknown[] = [];
    const calls = stubApi(
      ...readsFor(() => generated),
      on('POST', '/api/meetings/m1/packs', () => {
        generated = [DRAFT];
        return { status: 201, body: detailOf(DRAFT) };
      }),
      // The preview reads the new pack back once the list shows it.
      on('GET', '/api/packs/pk-draft', { body: detailOf(DRAFT) }),
    );
    const release = holdPosts();
    renderMeeting();
    await userEvent.click(await screen.findByRole('button', { name: 'Generate the pack' }));
    expect(await screen.findByRole('button', { name: 'Generate the pack' })).toBeDisabled();
    expect(screen.getAllByRole('status').some((s) => s.textContent === 'Generating the pack…')).toBe(true);
    release();
    expect(await screen.findByRole('heading', { level: 2, name: 'Preview of the draft pack' })).toBeInTheDocument();
    expect(screen.getAllByRole('status').some((s) => /The draft pack was generated/.test(s.textContent ?? ''))).toBe(true);
    const figures = screen.getByRole('list', { name: 'Headline figures of the pack' });
    expect(figures).toHaveTextContent('55actions in scope');
    expect(figures).toHaveTextContent('1open decisions and challenges');
    const brag = screen.getByRole('table', { name: 'Actions by priority area and delivery status' });
    expect(within(brag).getByRole('rowheader', { name: '1. Leadership and governance' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Actions by impact status' })).toHaveTextContent('31');
    expect(screen.getByText(/Show the EHCP timeliness trend/)).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1);
  });

  it('publishes only after a confirmation that says the pack becomes final, sending the version previewed', async () => {
    const calls = stubApi(
      ...readsFor([DRAFT]),
      on('GET', '/api/packs/pk-draft', { body: detailOf(DRAFT) }),
      on('POST', '/api/packs/pk-draft/publish', { body: detailOf({ ...DRAFT, state: 'published', stateLabel: 'Published', publishedAt: '2025-02-07T10:00:00.000Z' }) }),
    );
    renderMeeting();
    await userEvent.click(await screen.findByRole('button', { name: 'Publish the draft' }));
    expect(screen.getByText(/Once published, the pack is final/)).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    expect(screen.getByRole('heading', { level: 3, name: /Publish the draft pack generated/ })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Yes, publish the pack' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ version: 3 }));
    expect(await screen.findByText(/The pack was published on .* It is final/)).toBeInTheDocument();
  });

  it('cancelling the confirmation publishes nothing', async () => {
    const calls = stubApi(...readsFor([DRAFT]), on('GET', '/api/packs/pk-draft', { body: detailOf(DRAFT) }));
    renderMeeting();
    await userEvent.click(await screen.findByRole('button', { name: 'Publish the draft' }));
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Publish the draft' })).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('says why when publishing is refused because the draft changed', async () => {
    stubApi(
      ...readsFor([DRAFT]),
      on('GET', '/api/packs/pk-draft', { body: detailOf(DRAFT) }),
      on('POST', '/api/packs/pk-draft/publish', { status: 409, body: { message: 'Someone else changed this while you were working on it.', errors: [] } }),
    );
    renderMeeting();
    await userEvent.click(await screen.findByRole('button', { name: 'Publish the draft' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, publish the pack' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The pack could not be changed');
    expect(alert).toHaveTextContent(/check the preview again before you publish/);
  });

  it('links each pack’s board pack PDF as a download', async () => {
    stubApi(...readsFor([DRAFT, PUBLISHED]), on('GET', '/api/packs/pk-draft', { body: detailOf(DRAFT) }));
    renderMeeting();
    const links = await screen.findAllByRole('link', { name: /Download the board pack \(PDF\)/ });
    expect(links.map((l) => l.getAttribute('href'))).toEqual(['/api/packs/pk-draft/board-pack.pdf', '/api/packs/pk-pub/board-pack.pdf']);
    for (const l of links) expect(l).toHaveAttribute('download');
    // A published pack cannot be regenerated: only the draft has the buttons.
    expect(screen.getByRole('button', { name: 'Regenerate the draft' })).toBeInTheDocument();
  });

  it("names a school plan's board as its governing board, never as an improvement board", async () => {
    // The board a school's own plan reports to is of the kind improvement_board; the page shows what it is.
    const termly = {
      ...MEETING,
      body: { id: 'b-school', name: 'Governing board', kind: 'improvement_board' as const, chair: 'Chair of governors' },
      title: 'Governing board, spring term',
      previousMeeting: null,
      reportingPeriod: { ...MEETING.reportingPeriod!, title: 'Spring term' },
    };
    stubApi(
      on('GET', '/api/auth/me', { body: user(['moderator']) }),
      on('GET', '/api/meetings/m1', { body: termly }),
      on('GET', '/api/meetings/m1/packs', { body: { items: [], total: 0 } }),
      on('GET', '/api/meetings/m1/decisions', { body: page([]) }),
      on('GET', '/api/actions', { body: page([]) }),
      on('GET', '/api/people', { body: page([]) }),
    );
    renderMeeting();
    expect(await screen.findByRole('heading', { level: 1, name: /^Governing board, spring term/ })).toBeInTheDocument();
    expect(screen.getByText('Governing board (chair: Chair of governors)')).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/improvement board/i);
  });

  it('offers a scrutiny member the published pack only: no pack controls, and no request for decisions', async () => {
    const calls = stubApi(
      on('GET', '/api/auth/me', { body: user(['scrutiny']) }),
      on('GET', '/api/meetings/m1', { body: MEETING }),
      on('GET', '/api/meetings/m1/packs', { body: { items: [PUBLISHED], total: 1 } }),
      on('GET', '/api/packs/pk-pub', { body: detailOf(PUBLISHED) }),
    );
    renderMeeting();
    expect(await screen.findByRole('heading', { level: 2, name: 'Preview of the published pack' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Generate|Publish|Regenerate/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Decisions and challenges' })).not.toBeInTheDocument();
    // Actions are named in words, not linked: scrutiny members cannot open action pages.
    expect(screen.queryByRole('link', { name: /1.2 Publish the local offer/ })).not.toBeInTheDocument();
    expect(calls.some((c) => c.url.pathname.includes('decisions'))).toBe(false);
  });

  it('records a decision, and on a refusal shows the API’s messages beside the fields, keeping what was typed', async () => {
    const calls = stubApi(
      ...readsFor([]),
      on('POST', '/api/meetings/m1/decisions', (_url, init) => {
        const body = JSON.parse(String(init.body)) as { dueDate: string | null };
        return body.dueDate === '2025-02-30'
          ? { status: 400, body: { message: 'Validation failed', errors: [{ field: 'dueDate', message: 'dueDate must be a real date' }] } }
          : { status: 201, body: DECISION };
      }),
    );
    renderMeeting();
    await userEvent.click(await screen.findByLabelText('Challenge'));
    await userEvent.type(screen.getByLabelText('What was decided or challenged'), 'Show the EHCP timeliness trend');
    await userEvent.selectOptions(screen.getByLabelText('Owner (optional)'), 'p1');
    await userEvent.type(screen.getByLabelText('Day'), '30');
    await userEvent.type(screen.getByLabelText('Month'), '2');
    await userEvent.type(screen.getByLabelText('Year'), '2025');
    await userEvent.click(screen.getByRole('button', { name: 'Record it' }));

    expect(await screen.findByRole('link', { name: 'DueDate must be a real date' })).toHaveAttribute('href', '#dueDate');
    expect(screen.getByLabelText('What was decided or challenged')).toHaveValue('Show the EHCP timeliness trend');
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
      kind: 'challenge', text: 'Show the EHCP timeliness trend', actionId: null, ownerPersonId: 'p1', dueDate: '2025-02-30',
    });

    await userEvent.clear(screen.getByLabelText('Day'));
    await userEvent.type(screen.getByLabelText('Day'), '28');
    await userEvent.click(screen.getByRole('button', { name: 'Record it' }));
    expect(await screen.findByText('The challenge has been recorded.')).toBeInTheDocument();
    expect(screen.getByLabelText('What was decided or challenged')).toHaveValue('');
  });
});
