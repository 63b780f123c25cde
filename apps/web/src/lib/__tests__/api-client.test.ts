import { api, ApiError, getAllPages } from '../api-client';
import { on, stubApi } from '../../testing/test-utils';

describe('the API client', () => {
  it('turns the error envelope into an ApiError with field errors and the current record', async () => {
    stubApi(on('PATCH', '/api/actions/1', { status: 409, body: { message: 'Changed by someone else', errors: [{ field: 'version', message: 'stale' }], current: { version: 4 } } }));
    const error = await api.patch('/api/actions/1', { version: 3 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, message: 'Changed by someone else', current: { version: 4 } });
    expect((error as ApiError).messagesFor('version')).toEqual(['stale']);
  });

  it('gives a plain message when the server answers without an envelope', async () => {
    globalThis.fetch = jest.fn(async () => new Response('<html>', { status: 502 })) as typeof fetch;
    await expect(api.get('/api/health')).rejects.toMatchObject({ status: 502, message: expect.stringMatching(/problem with the service/) });
  });

  it('says the service could not be reached when the network fails', async () => {
    globalThis.fetch = jest.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await expect(api.get('/api/health')).rejects.toMatchObject({ status: 0 });
  });

  it('sends JSON and leaves out empty query values', async () => {
    const calls = stubApi(on('POST', '/api/things', { body: { ok: true } }));
    await api.post('/api/things', { a: 1 }, { query: { planId: 'p', q: '', page: undefined } });
    expect(calls[0].url.search).toBe('?planId=p');
    expect(calls[0].body).toEqual({ a: 1 });
  });

  it('reads every page of a long list', async () => {
    const calls = stubApi(
      on('GET', '/api/actions', (url) => {
        const page = Number(url.searchParams.get('page'));
        const items = page === 1 ? Array.from({ length: 200 }, (_, i) => i) : [200, 201];
        return { body: { items, total: 202, page, pageSize: 200 } };
      }),
    );
    const all = await getAllPages<number>('/api/actions', { planId: 'p' });
    expect(all).toHaveLength(202);
    expect(calls).toHaveLength(2);
  });

  it('uploads a form, reporting how much has been sent, and reads a refusal as any other call', async () => {
    const calls = stubApi(
      on('POST', '/api/imports', (url) =>
        url.searchParams.get('bad')
          ? { status: 400, body: { message: 'Validation failed', errors: [{ field: 'file', message: 'The file is empty.' }] } }
          : { status: 201, body: { id: 'imp-1' }, uploadProgress: [0.25, 1] },
      ),
    );
    const form = new FormData();
    form.set('planId', 'p');
    const progress: number[] = [];
    await expect(api.upload('/api/imports', form, { onProgress: (s) => progress.push(s) })).resolves.toEqual({ id: 'imp-1' });
    expect(progress).toEqual([0.25, 1]);
    expect(calls[0].body).toBe(form);
    const error = await api.upload('/api/imports', form, { query: { bad: 1 } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400, message: 'Validation failed' });
    expect((error as ApiError).messagesFor('file')).toEqual(['The file is empty.']);
  });
});
