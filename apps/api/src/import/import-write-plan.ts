import { IMPORT_FIELD_LABELS, IMPORT_REQUIRED_FIELDS, type ImportMapping } from '@send/domain';
import type {
  ActionChangeField, DesiredAction, ExistingAction, ImportProblem, PlanState, Preview, PreviewRow, PriorityAreaCounts, Ref, WritePlan,
} from './import-plan.types';
import { RowReader } from './import-row-reader';
import type { ImportTable } from './import-table';

/** Builds the preview: reads each row, finds every problem, and works out what committing would write. */
export function buildPreview(table: ImportTable, mapping: ImportMapping, skipRows: ReadonlySet<number>, state: PlanState): Preview {
  const reader = new RowReader(table, mapping, state);
  const problems: ImportProblem[] = [];
  for (const field of IMPORT_REQUIRED_FIELDS) {
    if (mapping[field] === null) {
      problems.push({
        row: null, column: null, columnIndex: null, header: null, field, code: 'unmapped_column',
        message: `No column is mapped to ${IMPORT_FIELD_LABELS[field]}: every action needs one. Choose the column that holds it.`,
      });
    }
  }

  // Pass 1: headings and the priority areas the sheet names, so a row can be read whatever its order.
  const sections = new Map<number, { number: number; title: string | null }>();
  for (const r of table.rows) {
    if (skipRows.has(r.row)) continue;
    const heading = reader.sectionHeading(r);
    if (heading) sections.set(r.row, heading);
  }
  for (const r of table.rows) {
    if (skipRows.has(r.row)) continue;
    const heading = sections.get(r.row);
    if (heading) reader.notePriorityTitle(heading.number, heading.title, r.row, null);
    else reader.notePriorityCell(r);
  }

  // Pass 2: each row.
  const rows: PreviewRow[] = [];
  const desired = new Map<number, DesiredAction>();
  let current: { number: number; title: string | null } | null = null;
  let blank = table.blankRows;
  for (const r of table.rows) {
    const skipped = skipRows.has(r.row);
    const heading = skipped ? reader.sectionHeading(r) : sections.get(r.row);
    if (heading) {
      if (!skipped) current = heading;
      rows.push({
        row: r.row, kind: 'section', skipped, outcome: null, changes: [], problems: [], warnings: [],
        values: { priorityNumber: heading.number, priorityTitle: heading.title ?? reader.priorityTitle(heading.number) },
      });
      continue;
    }
    if (!reader.hasMappedContent(r)) {
      blank++;
      continue;
    }
    const read = reader.readAction(r, skipped ? null : current);
    rows.push({
      row: r.row, kind: 'action', skipped, outcome: null, changes: [], values: read.values,
      problems: skipped ? [] : read.problems, warnings: skipped ? [] : read.warnings,
    });
    if (!skipped && read.desired) desired.set(r.row, read.desired);
  }

  // Duplicate references among the rows that will be imported.
  const byReference = new Map<string, PreviewRow[]>();
  for (const row of rows) {
    const ref = row.values.reference;
    if (row.kind !== 'action' || row.skipped || !ref) continue;
    byReference.set(ref, [...(byReference.get(ref) ?? []), row]);
  }
  for (const [ref, same] of byReference) {
    if (same.length < 2) continue;
    for (const row of same) {
      const others = same.filter((o) => o !== row).map((o) => o.row);
      const numeric = same.some((o) => reader.numericReferences.has(o.row))
        ? ' Excel holds these references as numbers, so 1.10 reads as 1.1: format the column as Text and type them again.'
        : '';
      row.problems.push(reader.problem(row.row, 'reference', 'duplicate_reference',
        `Reference ${ref} is also on row${others.length > 1 ? 's' : ''} ${others.join(', ')}. Each action needs its own reference: correct it in the sheet, or skip the rows that repeat it.${numeric}`, ref));
    }
  }

  // What committing would write, from the rows without problems.
  const write = emptyWritePlan();
  const usedAreas = new Set<number>();
  for (const row of rows) {
    if (row.skipped) continue;
    if (row.kind === 'section') {
      usedAreas.add(row.values.priorityNumber as number);
      continue;
    }
    if (row.problems.length > 0) continue;
    const want = desired.get(row.row);
    if (!want) continue;
    usedAreas.add(want.priorityNumber);
    const existing = state.actions.get(want.reference);
    if (!existing) {
      write.actions.create.push(want);
      row.outcome = 'new';
      continue;
    }
    const changes = changesTo(existing, want);
    row.changes = changes;
    if (changes.length === 0) {
      write.actions.unchanged++;
      row.outcome = 'unchanged';
    } else {
      write.actions.update.push({ existing, desired: want, changes });
      row.outcome = 'changed';
    }
  }
  fillPriorityAreas(write, usedAreas, reader, state);
  fillNewRecords(write, reader);
  const byPriorityArea = countByPriorityArea(rows, write, usedAreas, state);

  for (const row of rows) problems.push(...row.problems);
  const warnings = rows.flatMap((row) => row.warnings);
  const inFile = new Set(rows.filter((r) => r.kind === 'action' && !r.skipped).map((r) => r.values.reference).filter(Boolean));
  const notInFile = [...state.actions.values()].filter((a) => !a.archived && !inFile.has(a.reference)).length;
  const actionRows = rows.filter((r) => r.kind === 'action');
  return {
    rows,
    problems,
    warnings,
    write,
    counts: {
      priorityAreas: { new: write.priorityAreas.create.length, changed: write.priorityAreas.update.length, unchanged: write.priorityAreas.unchanged },
      actions: { new: write.actions.create.length, changed: write.actions.update.length, unchanged: write.actions.unchanged, notInFile },
      organisations: { new: write.organisations.length },
      people: { new: write.people.length },
      byPriorityArea,
      rows: {
        read: rows.length,
        actions: actionRows.filter((r) => !r.skipped).length,
        sections: rows.filter((r) => r.kind === 'section' && !r.skipped).length,
        skipped: rows.filter((r) => r.skipped).length,
        blank,
        withProblems: rows.filter((r) => r.problems.length > 0).length,
      },
    },
  };
}

function countByPriorityArea(rows: PreviewRow[], write: WritePlan, used: Set<number>, state: PlanState): PriorityAreaCounts[] {
  const actions = new Map<number, PriorityAreaCounts['actions']>();
  for (const row of rows) {
    const number = row.values.priorityNumber;
    if (row.kind !== 'action' || !row.outcome || number === null || number === undefined) continue;
    const counts = actions.get(number) ?? { new: 0, changed: 0, unchanged: 0 };
    counts[row.outcome]++;
    actions.set(number, counts);
  }
  return [...new Set([...used, ...actions.keys()])].sort((a, b) => a - b).map((number) => {
    const created = write.priorityAreas.create.find((a) => a.number === number);
    const renamed = write.priorityAreas.update.find((a) => a.number === number);
    return {
      number,
      title: created?.title ?? renamed?.title ?? state.priorityAreas.get(number)?.title ?? `Priority ${number}`,
      change: created ? 'new' : renamed ? 'renamed' : 'unchanged',
      actions: actions.get(number) ?? { new: 0, changed: 0, unchanged: 0 },
    };
  });
}

/** The fields a row changes on an action the plan already has. */
export function changesTo(existing: ExistingAction, want: DesiredAction): ActionChangeField[] {
  const changes: ActionChangeField[] = [];
  const refId = (ref: Ref | null | undefined) => (ref && 'id' in ref ? ref.id : ref ? `new:${ref.newKey}` : null);
  if (!('id' in want.priorityArea) || want.priorityArea.id !== existing.priorityAreaId) changes.push('priorityArea');
  if (want.title !== undefined && want.title !== existing.title) changes.push('title');
  if (want.description !== undefined && want.description !== existing.description) changes.push('description');
  if (want.ownerOrganisation !== undefined && refId(want.ownerOrganisation) !== existing.ownerOrganisationId) changes.push('ownerOrganisation');
  if (want.ownerPerson !== undefined && refId(want.ownerPerson) !== existing.ownerPersonId) changes.push('ownerPerson');
  if (want.partners !== undefined) {
    const wanted = [...new Set(want.partners.map(refId))].sort();
    if (wanted.join(',') !== [...existing.partnerIds].sort().join(',')) changes.push('partners');
  }
  if (want.startDate !== undefined && want.startDate !== existing.startDate) changes.push('startDate');
  if (want.dueDate !== undefined && want.dueDate !== existing.dueDate) changes.push('dueDate');
  if (want.deliveryStatus !== undefined && want.deliveryStatus !== existing.deliveryStatus) changes.push('deliveryStatus');
  if (want.impactStatus !== undefined && want.impactStatus !== existing.impactStatus) changes.push('impactStatus');
  return changes;
}

function emptyWritePlan(): WritePlan {
  return {
    organisations: [],
    people: [],
    priorityAreas: { create: [], update: [], unchanged: 0 },
    actions: { create: [], update: [], unchanged: 0 },
  };
}

function fillPriorityAreas(write: WritePlan, used: Set<number>, reader: RowReader, state: PlanState): void {
  for (const number of [...used].sort((a, b) => a - b)) {
    const existing = state.priorityAreas.get(number);
    const named = reader.sheetPriorityTitle(number);
    if (!existing) write.priorityAreas.create.push({ number, title: named ?? `Priority ${number}` });
    else if (named && named !== existing.title) write.priorityAreas.update.push({ id: existing.id, number, before: existing.title, title: named });
    else write.priorityAreas.unchanged++;
  }
}

/** Only the organisations and people that rows to be written still need. */
function fillNewRecords(write: WritePlan, reader: RowReader): void {
  const neededOrganisations = new Set<string>();
  const neededPeople = new Set<string>();
  const note = (ref: Ref | null | undefined, into: Set<string>) => {
    if (ref && 'newKey' in ref) into.add(ref.newKey);
  };
  for (const a of [...write.actions.create, ...write.actions.update.map((u) => u.desired)]) {
    note(a.ownerOrganisation, neededOrganisations);
    note(a.ownerPerson, neededPeople);
    for (const p of a.partners ?? []) note(p, neededOrganisations);
  }
  for (const key of neededPeople) {
    const person = reader.newPerson(key);
    if (!person) continue;
    write.people.push({ key, ...person });
    note(person.organisation, neededOrganisations);
  }
  for (const key of neededOrganisations) {
    const name = reader.newOrganisation(key);
    if (name) write.organisations.push({ key, name });
  }
}
