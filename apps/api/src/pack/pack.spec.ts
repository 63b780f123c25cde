import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { bootTestApp, call, TestApp } from '../../test/test-app';
import { download, pdfText } from '../../test/files';
import { plymouthPlanId } from '../../test/governance';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('meeting packs API', () => {
  let app: TestApp;
  let planId: string;

  beforeAll(async () => {
    app = await bootTestApp();
    planId = await plymouthPlanId(app);
  });
  afterAll(() => app.close());

  it('generates the seeded Plymouth Board pack with every priority area and the 17 / 31 / 7 split', async () => {
    const board = (await call(app, 'GET', `/api/governance-bodies?planId=${planId}`)).body.items.find((b: { key: string }) => b.key === 'send-improvement-board');
    const meeting = (await call(app, 'GET', `/api/meetings?bodyId=${board.id}&from=2025-02-05&to=2025-02-05`)).body.items[0];
    const started = Date.now();
    const res = await call(app, 'POST', `/api/meetings/${meeting.id}/packs`);
    const took = Date.now() - started;
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ state: 'draft', meeting: { id: meeting.id }, headline: { actions: 55 } });
    const pdf = await download(app, `/api/packs/${res.body.id}/board-pack.pdf`);
    expect(pdf.status).toBe(200);
    writeFileSync('/tmp/rep/board-pack.pdf', pdf.bytes);
    const text = await pdfText(pdf.bytes);
    console.log(`generated in ${took} ms`);
    expect(text).toMatch(/17 are not yet fully completed/);
  });
});
