import { bootTestApp, call, TestApp } from '../../test/test-app';

describe('health and docs', () => {
  let app: TestApp;
  beforeAll(async () => (app = await bootTestApp()));
  afterAll(() => app.close());

  it('reports the database as up', async () => {
    expect((await call(app, 'GET', '/api/health')).body).toEqual({ status: 'ok', database: 'up' });
  });

  it('publishes the OpenAPI document', async () => {
    const doc = await call(app, 'GET', '/api/docs/json');
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/plans/{planId}/summary', '/api/actions/{id}']));
  });

  it('answers an unknown API path with 404 in the error envelope', async () => {
    const res = await call(app, 'GET', '/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ message: expect.any(String), errors: [] });
  });
});
