import { RAG_COLOURS, withCohort } from '@send/domain';
import type { PlanSnapshot, SnapshotAction, SnapshotDecision, SnapshotMeasure, SnapshotPriority, SnapshotVoiceItem } from '../plan-snapshot';
import {
  DELIVERY_ORDER, deliveryColour, deliveryLabel, formatDate, formatInstant, formatShortDate, formatWeekday, IMPACT_STATUSES,
  impactColour, impactLabel, impactSentences, ownerText, percent, plural, statusBasisNote,
} from './format';
import { BRAND, Cell, INK, LIGHT, PdfWriter, RULE, SECONDARY } from './pdf-writer';
import { voiceDid, voiceSaid } from './progress-report.content';

export interface PackRenderOptions {
  state: 'draft' | 'published';
  /** When the pack was published, printed on the cover. */
  publishedAt?: string | null;
}

/**
 * The board pack: cover, headline figures with the impact split and BRAG by priority charts, what
 * changed since the body's last meeting, exceptions, open decisions, then a page per priority area.
 * Everything it shows comes from the snapshot; it computes no figure of its own.
 */
export async function renderBoardPackPdf(s: PlanSnapshot, options: PackRenderOptions): Promise<Buffer> {
  const bodyName = s.meeting?.body.name ?? 'Plan report';
  const when = s.meeting ? formatDate(s.meeting.meetingDate) : formatDate(s.statusDate);
  const w = new PdfWriter({
    title: `${bodyName}: board pack, ${when}`,
    subject: `${s.plan.title}: board pack for ${s.meeting?.title ?? bodyName} on ${when}`,
    author: `${s.plan.localArea} local area SEND partnership`,
    keywords: 'SEND, improvement plan, board pack',
    createdAt: new Date(options.state === 'published' && options.publishedAt ? options.publishedAt : s.generatedAt),
    watermark: options.state === 'draft' ? 'DRAFT – NOT FOR CIRCULATION' : undefined,
    footer: `${bodyName}, ${when} · ${options.state === 'draft' ? 'Draft board pack, not for circulation' : 'Board pack'}`,
  });

  cover(w, s, options);
  chairSummary(w, s, options);
  headlines(w, s);
  changes(w, s);
  exceptions(w, s);
  decisions(w, s);
  if (s.voice) youSaidWeDid(w, s, s.voice);
  for (const p of s.priorities) priorityPage(w, s, p);
  return w.finish();
}

function cover(w: PdfWriter, s: PlanSnapshot, options: PackRenderOptions) {
  const doc = w.doc;
  w.beginSection();
  w.artifact(() => {
    doc.rect(0, 0, doc.page.width, 150).fill(BRAND);
  });
  const top = 50;
  w.y = top;
  w.paragraph(`${s.plan.localArea} local area SEND partnership`, { size: 13, bold: true, colour: '#ffffff' });
  w.paragraph(s.plan.title, { size: 10.5, colour: '#ffffff' });
  w.y = 180;
  w.heading(1, s.meeting?.body.name ?? s.plan.title);
  if (s.meeting && s.meeting.title !== s.meeting.body.name) w.paragraph(s.meeting.title, { size: 14 });
  w.paragraph(s.meeting ? `Board pack for the meeting on ${formatWeekday(s.meeting.meetingDate)}` : `Plan report as at ${formatDate(s.statusDate)}`, { size: 14, gap: 18 });

  const facts: [string, string][] = [];
  if (s.meeting) {
    if (s.meeting.location) facts.push(['Where', s.meeting.location]);
    if (s.meeting.body.chair) facts.push(['Chair', s.meeting.body.chair]);
    facts.push(['Figures as at', `${formatInstant(s.asAt)}${s.asAt === s.meeting.cutOffAt ? ' (the cut-off for this meeting)' : ' (generated before the cut-off)'}`]);
    facts.push(['Previous meeting', s.meeting.previousMeeting ? formatDate(s.meeting.previousMeeting.meetingDate) : 'None recorded: this is the first']);
  } else {
    facts.push(['Figures as at', formatInstant(s.asAt)]);
  }
  facts.push(['Scope', s.allPriorityAreas ? `All ${plural(s.priorities.length, 'priority area')}` : s.priorities.map((p) => `Priority ${p.number}: ${p.title}`).join('; ')]);
  facts.push(['Pack', options.state === 'draft'
    ? `Draft generated at ${formatInstant(s.generatedAt)} by ${s.generatedBy}. Not for circulation until published.`
    : `Published${options.publishedAt ? ` at ${formatInstant(options.publishedAt)}` : ''}. Generated at ${formatInstant(s.generatedAt)} by ${s.generatedBy}.`]);
  w.facts(facts, { labelWidth: 120 });
  w.y += 14;

  w.heading(2, 'In this pack');
  w.list([
    'Headline figures: actions by impact category and delivery status',
    s.meeting ? 'What has changed since the previous meeting' : 'What has changed',
    'Exceptions: off track, overdue and statuses to check',
    'Open decisions and challenges',
    ...(s.voice ? ['You said, we did: what children, young people and families said, and what was done'] : []),
    ...s.priorities.map((p) => `Priority ${p.number}: ${p.title}`),
  ]);
  w.y += 6;
  w.paragraph(statusBasisNote(s), { size: 9, colour: SECONDARY });
  w.paragraph('Every status is shown in words as well as colour. Delivery status (BRAG): off track (red), at risk (amber), on track (green), not started (grey), complete (blue).', { size: 9, colour: SECONDARY });
  w.endSection();
}

/**
 * One page for the chair before anything else: where to challenge (off track, overdue, targets
 * missed), the open and overdue decisions, and this meeting with the state of its pack. The same
 * figures as the pages that follow.
 */
function chairSummary(w: PdfWriter, s: PlanSnapshot, options: PackRenderOptions) {
  w.newPage();
  w.beginSection();
  w.heading(1, 'Summary for the chair');
  w.paragraph(`As at ${formatDate(s.statusDate)}, the cut-off for this pack. Each point is set out in full on the pages that follow.`, { colour: SECONDARY });
  const names = (list: { reference: string; title: string }[], max = 6) =>
    list.length === 0 ? '' : `: ${list.slice(0, max).map((a) => `${a.reference} ${a.title}`).join('; ')}${list.length > max ? `; and ${list.length - max} more` : ''}`;
  const measures = s.priorities.flatMap((p) => p.measures ?? []);
  const missed = measures.filter((m) => m.targetMissed);
  const late = measures.filter((m) => m.valueOverdue);
  w.heading(2, 'Where to challenge');
  w.list([
    `${plural(s.exceptions.offTrack.length, 'action')} off track${names(s.exceptions.offTrack)}`,
    `${plural(s.exceptions.overdue.length, 'action')} overdue${names(s.exceptions.overdue)}`,
    `${missed.length === 1 ? '1 measure past its target date without meeting it' : `${missed.length} measures past their target dates without meeting them`}${missed.length ? `: ${missed.map((m) => m.title).join('; ')}` : ''}`,
    ...(late.length ? [`${plural(late.length, 'measure')} waiting for a value that is overdue: ${late.map((m) => m.title).join('; ')}`] : []),
    ...(s.exceptions.stale ? [`${plural(s.exceptions.stale.length, 'open action')} without an approved update for over two periods`] : []),
  ]);
  w.heading(2, 'Decisions and challenges');
  const overdue = s.decisions.open.filter((d) => d.overdue);
  w.list([
    `${plural(s.decisions.open.length, 'decision or challenge', 'decisions and challenges')} open`,
    `${plural(overdue.length, 'decision or challenge', 'decisions and challenges')} overdue${overdue.length ? `: ${overdue.slice(0, 6).map((d) => d.text).join('; ')}` : ''}`,
  ]);
  if (s.meeting) {
    w.heading(2, 'This meeting');
    w.list([
      `${s.meeting.title}, ${formatWeekday(s.meeting.meetingDate)}`,
      `This pack: ${options.state === 'published' ? 'published' : 'a draft, not for circulation'}, figures at the cut-off of ${formatInstant(s.meeting.cutOffAt)}`,
    ]);
  }
  w.endSection();
}

function headlines(w: PdfWriter, s: PlanSnapshot) {
  const t = s.totals;
  w.newPage();
  w.beginSection();
  w.heading(1, 'Headline figures');
  tiles(w, [
    [String(t.actions), 'actions in scope'],
    [String(t.byDeliveryStatus.complete), 'complete'],
    [String(t.byDeliveryStatus.off_track), 'off track'],
    [String(t.overdue), 'overdue'],
    [String(s.decisions.open.length), 'open decisions and challenges'],
  ]);

  w.heading(2, 'Impact: the critical review categories');
  w.paragraph(`Of the ${plural(t.actions, 'action')}${s.allPriorityAreas ? ' in the plan' : ' in scope'}:`);
  w.list(impactSentences(s));
  const impactMax = Math.max(1, ...IMPACT_STATUSES.map((k) => t.byImpactStatus[k]));
  const impactAlt = `Bar chart of actions by impact category: ${IMPACT_STATUSES.map((k) => `${impactLabel(k)} ${t.byImpactStatus[k]}`).join(', ')}, of ${t.actions}.`;
  w.figure(impactAlt, IMPACT_STATUSES.length * 26 + 10, (top) => {
    const labelWidth = 170;
    const barMax = w.width - labelWidth - 90;
    IMPACT_STATUSES.forEach((k, i) => {
      const y = top + 4 + i * 26;
      const n = t.byImpactStatus[k];
      const len = (n / impactMax) * barMax;
      w.setFont('regular', 9.5);
      w.doc.fillColor(INK).text(impactLabel(k), w.left, y + 4, { width: labelWidth - 8, lineBreak: false });
      if (n > 0) w.doc.rect(w.left + labelWidth, y, len, 18).fill(impactColour(k));
      w.setFont('bold', 10);
      w.doc.fillColor(INK).text(`${n} (${percent(n, t.actions)})`, w.left + labelWidth + len + 6, y + 4, { lineBreak: false });
    });
  });

  w.heading(2, 'Delivery status (BRAG) by priority area');
  bragChart(w, s.priorities);
  w.table(
    [
      { header: 'Priority area', width: 27 }, { header: 'Actions', width: 9, align: 'right' },
      ...DELIVERY_ORDER.map((k) => ({ header: deliveryLabel(k), width: k === 'not_started' ? 10 : 9.5, align: 'right' as const })),
      { header: 'Overdue', width: 9.5, align: 'right' },
    ],
    [
      ...s.priorities.map((p) => [
        `${p.number}. ${p.title}`, String(p.counts.actions),
        ...DELIVERY_ORDER.map((k) => String(p.counts.byDeliveryStatus[k])), String(p.counts.overdue),
      ]),
      [
        { text: 'Total', bold: true }, { text: String(t.actions), bold: true },
        ...DELIVERY_ORDER.map((k) => ({ text: String(t.byDeliveryStatus[k]), bold: true })), { text: String(t.overdue), bold: true },
      ],
    ],
    { caption: 'Actions by delivery status and priority area', size: 8.5, keepTogether: true },
  );
  w.table(
    [{ header: 'Priority area', width: 34 }, { header: 'Actions', width: 10, align: 'right' }, ...IMPACT_STATUSES.map((k) => ({ header: impactLabel(k), width: 18.5, align: 'right' as const }))],
    [
      ...s.priorities.map((p) => [`${p.number}. ${p.title}`, String(p.counts.actions), ...IMPACT_STATUSES.map((k) => String(p.counts.byImpactStatus[k]))]),
      [{ text: 'Total', bold: true }, { text: String(t.actions), bold: true }, ...IMPACT_STATUSES.map((k) => ({ text: String(t.byImpactStatus[k]), bold: true }))],
    ],
    { caption: 'Actions by impact category and priority area', size: 8.5, keepTogether: true },
  );
  w.paragraph(statusBasisNote(s), { size: 8.5, colour: SECONDARY });
  w.endSection();
}

function tiles(w: PdfWriter, items: [string, string][]) {
  const gap = 8;
  const width = (w.width - gap * (items.length - 1)) / items.length;
  const height = 62;
  w.ensureSpace(height + 12);
  const top = w.y;
  w.artifact(() => items.forEach((_, i) => {
    const x = w.left + i * (width + gap);
    w.doc.rect(x, top, width, height).fill(LIGHT);
    w.doc.rect(x, top, 4, height).fill(BRAND);
  }));
  const table = w.doc.struct('Table');
  w.attach(table);
  const tr = w.doc.struct('TR');
  table.add(tr);
  items.forEach(([value, label], i) => {
    const x = w.left + i * (width + gap) + 12;
    tr.add(w.doc.struct('TD', {}, () => {
      w.setFont('bold', 22);
      w.doc.fillColor(INK).text(value, x, top + 8, { width: width - 16, lineBreak: false });
      w.setFont('regular', 9);
      w.doc.fillColor(INK).text(label, x, top + 36, { width: width - 16 });
    }));
  });
  tr.end();
  table.end();
  w.y = top + height + 16;
}

/** One stacked bar per priority area, the counts in words beside it, and a legend: never colour alone. */
function bragChart(w: PdfWriter, priorities: SnapshotPriority[]) {
  const rowHeight = 30;
  const height = priorities.length * rowHeight + 34;
  const alt = `Stacked bar chart of delivery status by priority area. ${priorities
    .map((p) => `Priority ${p.number}: ${DELIVERY_ORDER.filter((k) => p.counts.byDeliveryStatus[k] > 0).map((k) => `${p.counts.byDeliveryStatus[k]} ${deliveryLabel(k).toLowerCase()}`).join(', ') || 'no actions'}`)
    .join('. ')}.`;
  const max = Math.max(1, ...priorities.map((p) => p.counts.actions));
  w.figure(alt, height, (top) => {
    const labelWidth = 130;
    const barMax = 170;
    priorities.forEach((p, i) => {
      const y = top + i * rowHeight;
      w.setFont('regular', 8.5);
      w.doc.fillColor(INK).text(`${p.number}. ${p.title}`, w.left, y + 3, { width: labelWidth - 8, height: 24, ellipsis: true });
      let x = w.left + labelWidth;
      for (const k of DELIVERY_ORDER) {
        const n = p.counts.byDeliveryStatus[k];
        if (n === 0) continue;
        const len = (n / max) * barMax;
        w.doc.rect(x, y + 2, len, 16).fill(deliveryColour(k));
        if (len >= 12) {
          w.setFont('bold', 8);
          w.doc.fillColor(k === 'at_risk' ? INK : '#ffffff').text(String(n), x, y + 6, { width: len, align: 'center', lineBreak: false });
        }
        x += len;
      }
      const words = DELIVERY_ORDER.filter((k) => p.counts.byDeliveryStatus[k] > 0)
        .map((k) => `${p.counts.byDeliveryStatus[k]} ${deliveryLabel(k).toLowerCase()}`).join(', ');
      w.setFont('regular', 8.5);
      w.doc.fillColor(INK).text(words || 'no actions', w.left + labelWidth + barMax + 10, y + 5, { width: w.width - labelWidth - barMax - 10 });
    });
    // Legend
    let x = w.left + labelWidth;
    const y = top + priorities.length * rowHeight + 8;
    for (const k of DELIVERY_ORDER) {
      w.doc.rect(x, y, 9, 9).fill(deliveryColour(k));
      w.setFont('regular', 8.5);
      w.doc.fillColor(INK).text(deliveryLabel(k), x + 13, y, { lineBreak: false });
      x += 13 + w.doc.widthOfString(deliveryLabel(k)) + 16;
    }
  });
}

function changes(w: PdfWriter, s: PlanSnapshot) {
  w.newPage();
  w.beginSection();
  const since = s.meeting?.previousMeeting;
  w.heading(1, since ? `What has changed since ${formatDate(since.meetingDate)}` : 'What has changed');
  const c = s.changes;
  if (!s.meeting) {
    w.paragraph('This report is not for a meeting, so it has no previous meeting to compare with.', { colour: SECONDARY });
  } else if (!since) {
    w.paragraph(`This is the first meeting of the ${s.meeting.body.name} recorded in the tracker, so there is no earlier pack to compare with.`, { colour: SECONDARY });
  } else if (!c) {
    w.paragraph(`Changes are listed from the previous meeting's cut-off (${formatInstant(since.cutOffAt)}) once the history of status changes is recorded. The exceptions and decisions below show where attention is needed now.`, { colour: SECONDARY });
  } else {
    w.paragraph(`From the end of ${formatDate(c.since.date)} (the cut-off for the meeting on ${formatDate(c.since.meetingDate)}) to ${formatDate(s.statusDate)}:`);
    w.list([
      `${plural(c.statusChanges.length, 'status change')}`,
      `${plural(c.completions.length, 'action')} completed`,
      `${plural(c.newActions.length, 'new action')}`,
      `${plural(c.missedDeadlines.length, 'deadline')} missed`,
      ...(c.reDated ? [`${plural(c.reDated.length, 'due date')} changed`] : []),
    ]);
    if (c.statusChanges.length) {
      w.table(
        [{ header: 'Ref', width: 7 }, { header: 'Action', width: 38 }, { header: 'Delivery status', width: 24 }, { header: 'Impact', width: 31 }],
        c.statusChanges.map((m) => [
          m.action.reference, m.action.title,
          m.delivery ? `${deliveryLabel(m.delivery.from)} → ${deliveryLabel(m.delivery.to)}` : 'No change',
          m.impact ? `${impactLabel(m.impact.from)} → ${impactLabel(m.impact.to)}` : 'No change',
        ]),
        { caption: 'Status changes' },
      );
    }
    if (c.newActions.length) {
      w.table(
        [{ header: 'Ref', width: 8 }, { header: 'New action', width: 62 }, { header: 'Delivery status', width: 30 }],
        c.newActions.map((n) => [n.action.reference, n.action.title, statusCell(n.deliveryStatus)]),
        { caption: 'New actions' },
      );
    }
    if (c.reDated?.length) {
      w.table(
        [{ header: 'Ref', width: 8 }, { header: 'Action', width: 34 }, { header: 'Was due', width: 13 }, { header: 'Now due', width: 13 }, { header: 'Why', width: 32 }],
        c.reDated.map((m) => [m.action.reference, m.action.title, m.from ? formatShortDate(m.from) : 'No date', m.to ? formatShortDate(m.to) : 'No date', m.reason ?? 'No reason recorded']),
        { caption: 'Due dates changed' },
      );
    }
    if (c.missedDeadlines.length) {
      w.table(
        [{ header: 'Ref', width: 8 }, { header: 'Action', width: 44 }, { header: 'Owner', width: 22 }, { header: 'Was due', width: 14 }, { header: 'Status', width: 12 }],
        c.missedDeadlines.map((m) => [m.action.reference, m.action.title, m.owner ?? '', formatShortDate(m.dueDate), statusCell(m.deliveryStatus)]),
        { caption: 'Deadlines missed' },
      );
    }
  }
  if (s.meeting) {
    w.heading(2, 'Decisions and challenges closed since the previous meeting');
    if (s.decisions.closedSinceLastMeeting.length === 0) w.paragraph('None.', { colour: SECONDARY });
    else {
      w.table(
        [{ header: 'Recorded', width: 13 }, { header: 'Decision or challenge', width: 42 }, { header: 'How it was closed', width: 33 }, { header: 'Closed', width: 12 }],
        s.decisions.closedSinceLastMeeting.map((d) => [formatShortDate(d.meeting.meetingDate), `${d.kindLabel}: ${d.text}`, d.closingNote ?? '', formatShortDate(d.closedOn)]),
      );
    }
  }
  w.endSection();
}

const statusCell = (status: SnapshotAction['deliveryStatus']): Cell => ({ text: deliveryLabel(status), swatch: deliveryColour(status) });
const impactCell = (status: SnapshotAction['impactStatus']): Cell => ({ text: impactLabel(status), swatch: impactColour(status) });
const dueCell = (a: SnapshotAction): Cell => (a.overdue ? { text: `${formatShortDate(a.dueDate)} (overdue)`, bold: true } : formatShortDate(a.dueDate));

function exceptions(w: PdfWriter, s: PlanSnapshot) {
  const byId = new Map(s.priorities.flatMap((p) => p.actions).map((a) => [a.id, a]));
  const actionRows = (refs: { id: string }[]) => refs.map((r) => byId.get(r.id)!).filter(Boolean);
  w.newPage();
  w.beginSection();
  w.heading(1, 'Exceptions');
  w.paragraph('Actions that need the board\'s attention. An action can appear under more than one heading.', { colour: SECONDARY });

  const columns = [
    { header: 'Ref', width: 7 }, { header: 'Action', width: 43 }, { header: 'Owner', width: 22 }, { header: 'Due', width: 14 }, { header: 'Status', width: 14 },
  ];
  const rows = (list: SnapshotAction[]) => list.map((a) => [a.reference, a.title, ownerText(a.owner) || (a.organisation ?? ''), dueCell(a), statusCell(a.deliveryStatus)]);

  const offTrack = actionRows(s.exceptions.offTrack);
  w.heading(2, `Off track (${offTrack.length})`);
  if (offTrack.length) w.table(columns, rows(offTrack));
  else w.paragraph('No action is off track.', { colour: SECONDARY });

  const overdue = actionRows(s.exceptions.overdue);
  w.heading(2, `Overdue (${overdue.length})`);
  if (overdue.length) w.table(columns, rows(overdue));
  else w.paragraph('No action is past its due date.', { colour: SECONDARY });

  w.heading(2, `Statuses to check (${s.exceptions.inconsistent.length})`);
  if (s.exceptions.inconsistent.length) {
    w.table(
      [{ header: 'Ref', width: 7 }, { header: 'Action', width: 38 }, { header: 'What to check', width: 55 }],
      s.exceptions.inconsistent.map((a) => [a.reference, a.title, a.issues.map((i) => i.message).join(' ')]),
    );
  } else w.paragraph('No status contradicts its dates, milestones or evidence.', { colour: SECONDARY });

  w.heading(2, s.exceptions.stale ? `No recent update (${s.exceptions.stale.length})` : 'No recent update');
  if (!s.sections.stale) w.paragraph('Actions without an approved update for more than two reporting periods are listed here once status updates are recorded.', { colour: SECONDARY });
  else if (s.exceptions.stale && s.exceptions.stale.length) w.table(columns, rows(actionRows(s.exceptions.stale)));
  else w.paragraph('Every action has a recent approved update.', { colour: SECONDARY });
  w.endSection();
}

function decisions(w: PdfWriter, s: PlanSnapshot) {
  w.newPage();
  w.beginSection();
  w.heading(1, 'Open decisions and challenges');
  const open = s.decisions.open;
  if (!s.meeting) w.paragraph('Decisions are recorded against meetings; this report is not for a meeting.', { colour: SECONDARY });
  else if (open.length === 0) w.paragraph(`No decision or challenge of the ${s.meeting.body.name} is open.`, { colour: SECONDARY });
  else {
    w.paragraph(`Recorded at earlier meetings of the ${s.meeting.body.name} and still open at the cut-off, soonest due first.`, { colour: SECONDARY });
    w.table(
      [{ header: 'Recorded', width: 12 }, { header: 'Decision or challenge', width: 44 }, { header: 'Action', width: 9 }, { header: 'Owner', width: 20 }, { header: 'Due', width: 15 }],
      open.map((d: SnapshotDecision) => [
        formatShortDate(d.meeting.meetingDate), `${d.kindLabel}: ${d.text}`, d.action?.reference ?? '', ownerText(d.owner),
        d.overdue ? { text: `${formatShortDate(d.dueDate)} (overdue)`, bold: true } : formatShortDate(d.dueDate),
      ]),
    );
  }
  w.endSection();
}

function youSaidWeDid(w: PdfWriter, s: PlanSnapshot, items: SnapshotVoiceItem[]) {
  w.newPage();
  w.beginSection();
  w.heading(1, 'You said, we did');
  if (items.length === 0) w.paragraph(`No voice of children, young people or families had been recorded by ${formatDate(s.statusDate)}.`, { colour: SECONDARY });
  else {
    const unanswered = items.filter((v) => v.unanswered).length;
    w.paragraph(`Heard by ${formatDate(s.statusDate)}, with what had been done about it by then. ${unanswered === 0 ? 'Every concern and recommendation has a response.' : `${plural(unanswered, 'concern or recommendation', 'concerns and recommendations')} had no response yet.`}`, { colour: SECONDARY });
    w.table(
      [{ header: 'You said', width: 50 }, { header: 'Heard', width: 14 }, { header: 'We did', width: 36 }],
      items.map((v) => [voiceSaid(v), formatShortDate(v.heardOn), v.unanswered ? { text: voiceDid(v), bold: true } : voiceDid(v)]),
    );
  }
  w.endSection();
}

function priorityPage(w: PdfWriter, s: PlanSnapshot, p: SnapshotPriority) {
  w.newPage();
  w.beginSection();
  w.heading(1, `Priority ${p.number}: ${p.title}`);
  if (p.aim) w.paragraph(p.aim, { italic: true });
  const facts: [string, string][] = [];
  if (p.lead) facts.push(['Lead', p.lead.jobTitle && p.lead.jobTitle !== p.lead.name ? `${p.lead.name}` : p.lead.name]);
  if (p.deliveryGroup) facts.push(['Delivery group', p.deliveryGroup]);
  facts.push(['Actions', `${p.counts.actions}: ${DELIVERY_ORDER.filter((k) => p.counts.byDeliveryStatus[k] > 0).map((k) => `${p.counts.byDeliveryStatus[k]} ${deliveryLabel(k).toLowerCase()}`).join(', ') || 'none'}${p.counts.overdue ? `; ${p.counts.overdue} overdue` : ''}`]);
  facts.push(['Impact', IMPACT_STATUSES.map((k) => `${p.counts.byImpactStatus[k]} ${impactLabel(k).toLowerCase()}`).join(', ')]);
  w.facts(facts, { labelWidth: 100 });
  w.y += 4;

  if (p.progressNarrative) {
    w.heading(2, 'Progress');
    w.paragraph(p.progressNarrative);
  }

  w.heading(2, 'Actions');
  if (p.actions.length === 0) w.paragraph('This priority area has no actions.', { colour: SECONDARY });
  else {
    w.table(
      [
        { header: 'Ref', width: 6 }, { header: 'Action', width: 35 }, { header: 'Owner', width: 19 }, { header: 'Due', width: 13 },
        { header: 'Delivery', width: 12 }, { header: 'Impact', width: 15 },
      ],
      p.actions.map((a) => [a.reference, a.title, ownerText(a.owner) || (a.organisation ?? ''), dueCell(a), statusCell(a.deliveryStatus), impactCell(a.impactStatus)]),
      { size: 8.5 },
    );
  }

  const updated = p.actions.filter((a) => a.latestUpdate);
  if (s.sections.updates && updated.length) {
    w.heading(2, 'Latest approved updates');
    for (const a of updated) {
      const u = a.latestUpdate!;
      w.paragraph(`${a.reference} ${a.title}${u.periodTitle ? ` (${u.periodTitle})` : ''}`, { bold: true, size: 10, gap: 2 });
      w.paragraph(u.narrative, { size: 9.5 });
      if (u.nextSteps) w.paragraph(`Next steps: ${u.nextSteps}`, { size: 9.5 });
      if (u.risks) w.paragraph(`Risks and blockers: ${u.risks}`, { size: 9.5 });
    }
  }

  if (s.sections.measures) {
    w.heading(2, 'Measures');
    if (!p.measures || p.measures.length === 0) w.paragraph('No measure is recorded for this priority area.', { colour: SECONDARY });
    else for (const m of p.measures) measureChart(w, m);
  }
  w.endSection();
}

/** A measure's values against its target: a line of values, the baseline-to-target line dashed, each value written. */
export function measureChart(w: PdfWriter, m: SnapshotMeasure) {
  const unit = m.unit === 'percent' ? '%' : '';
  const fmt = (v: number | null) => (v === null ? 'none' : `${Number.isInteger(v) ? v : v.toFixed(1)}${unit}`);
  const colour = RAG_COLOURS[m.status === 'on_track' ? 'green' : m.status === 'at_risk' ? 'amber' : m.status === 'off_track' ? 'red' : 'grey'].colour;
  w.paragraph(`${m.title}: ${m.statusLabel.toLowerCase()}${m.trend !== 'no_data' ? `, ${m.trendLabel.toLowerCase()}` : ''}`, { bold: true, size: 10, gap: 2 });
  w.paragraph(
    `Latest ${withCohort(fmt(m.latest?.value ?? null), m.latest?.cohortSize)}${m.latest ? ` (${formatShortDate(m.latest.date)})` : ''}; baseline ${fmt(m.baseline.value)}${m.baseline.date ? ` (${formatShortDate(m.baseline.date)})` : ''}; target ${fmt(m.target.value)}${m.target.date ? ` by ${formatShortDate(m.target.date)}` : ''}.${m.illustrative ? ' Illustrative figures.' : ''}`,
    { size: 9, colour: SECONDARY, gap: 4 },
  );
  const series = m.series;
  if (series.length === 0) return;
  const alt = `Line chart of ${m.title}: ${series.map((v) => `${formatShortDate(v.date)} ${fmt(v.value)}`).join(', ')}; target ${fmt(m.target.value)}.`;
  w.figure(alt, 118, (top) => {
    const x0 = w.left + 40;
    const x1 = w.left + w.width - 20;
    const y0 = top + 96;
    const y1 = top + 12;
    const values = [...series.map((v) => v.value), m.target.value ?? series[0].value, m.baseline.value ?? series[0].value];
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    const span = hi - lo || 1;
    const dates = [...series.map((v) => v.date), ...(m.target.date ? [m.target.date] : []), ...(m.baseline.date ? [m.baseline.date] : [])].sort();
    const d0 = Date.parse(dates[0]);
    const d1 = Date.parse(dates[dates.length - 1]);
    const xOf = (d: string) => (d1 === d0 ? (x0 + x1) / 2 : x0 + ((Date.parse(d) - d0) / (d1 - d0)) * (x1 - x0));
    const yOf = (v: number) => y0 - ((v - lo) / span) * (y0 - y1);
    w.doc.moveTo(x0, y0).lineTo(x1, y0).lineWidth(0.5).stroke(RULE);
    w.setFont('regular', 7.5);
    w.doc.fillColor(SECONDARY).text(fmt(hi), w.left, yOf(hi) - 4, { width: 36, align: 'right', lineBreak: false });
    w.doc.fillColor(SECONDARY).text(fmt(lo), w.left, yOf(lo) - 4, { width: 36, align: 'right', lineBreak: false });
    if (m.baseline.value !== null && m.target.value !== null && m.baseline.date && m.target.date) {
      w.doc.moveTo(xOf(m.baseline.date), yOf(m.baseline.value)).lineTo(xOf(m.target.date), yOf(m.target.value)).dash(3, { space: 3 }).lineWidth(1).stroke(SECONDARY).undash();
      w.doc.fillColor(SECONDARY).text(`target ${fmt(m.target.value)}`, Math.min(xOf(m.target.date) - 60, x1 - 60), yOf(m.target.value) - 11, { width: 60, align: 'right', lineBreak: false });
    }
    series.forEach((v, i) => {
      const x = xOf(v.date);
      const y = yOf(v.value);
      if (i > 0) w.doc.moveTo(xOf(series[i - 1].date), yOf(series[i - 1].value)).lineTo(x, y).lineWidth(1.5).stroke(colour);
    });
    series.forEach((v) => {
      const x = xOf(v.date);
      const y = yOf(v.value);
      w.doc.circle(x, y, 2.5).fill(colour);
      w.doc.fillColor(INK).text(fmt(v.value), x - 20, y - 12, { width: 40, align: 'center', lineBreak: false });
      w.doc.fillColor(SECONDARY).text(formatShortDate(v.date).replace(/^\d+ /, ''), x - 25, y0 + 3, { width: 50, align: 'center', lineBreak: false });
    });
  });
}
