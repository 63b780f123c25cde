import {
  checkImportedJudgement,
  DELIVERY_STATUS_INFO,
  DeliveryStatus,
  DESCRIPTION_MAX,
  fromSpreadsheetSafeText,
  IMPACT_STATUS_LABELS,
  ImpactStatus,
  IMPORT_FIELD_LABELS,
  IMPORTED_JUDGEMENT_WARNING,
  ImportField,
  ImportMapping,
  isPriorityHeading,
  nameKey,
  parseDeliveryStatusWord,
  parseImpactStatusWord,
  parsePriorityLabel,
  parseSpreadsheetDate,
  priorityNumberFromReference,
  splitNameList,
  type StatusRule,
  tidyName,
  TITLE_MAX,
} from '@send/domain';
import { REFERENCE_PATTERN } from '../action/dto/create-action.dto';
import type {
  DesiredAction, ImportNotice, ImportProblem, ImportWarning, PlanState, ProblemCode, Ref, RowValues, WarningCode,
} from './import-plan.types';
import type { ImportTable, ImportTableRow } from './import-table';
import type { TableCell } from './spreadsheet-reader';

export const REFERENCE_MAX = 20;

const DELIVERY_WORDS_HINT = 'Use one of: Red, Amber, Amber/Green, Green, Blue (complete), Not started, or R, A, A/G, G, B.';
const IMPACT_WORDS_HINT = `Use one of: ${Object.values(IMPACT_STATUS_LABELS).join('; ')}.`;

export interface ReadAction {
  values: RowValues;
  problems: ImportProblem[];
  warnings: ImportWarning[];
  desired: DesiredAction | null;
}

/** Reads the sheet's rows in the product's terms: values, problems, and the records a row refers to. */
export class RowReader {
  /** Titles of priority areas as the sheet names them, with the row that named each first. */
  private readonly sheetPriorityTitles = new Map<number, { title: string; row: number }>();
  private readonly titleConflicts = new Map<number, ImportProblem>();
  private readonly newOrganisations = new Map<string, string>();
  private readonly newPeople = new Map<string, { name: string; organisation: Ref }>();
  /** Rows whose reference Excel holds as a number: 1.10 is then 1.1. */
  readonly numericReferences = new Set<number>();

  constructor(
    private readonly table: ImportTable,
    private readonly mapping: ImportMapping,
    private readonly state: PlanState,
  ) {}

  cell(r: ImportTableRow, field: ImportField): TableCell | null | undefined {
    const column = this.mapping[field];
    if (column === null) return undefined;
    return r.cells[column] ?? null;
  }

  problem(row: number | null, field: ImportField | null, code: ProblemCode, message: string, value?: string): ImportProblem {
    return this.notice(row, field, code, message, value);
  }

  warning(row: number, field: ImportField | null, code: WarningCode, message: string): ImportWarning {
    return this.notice(row, field, code, message);
  }

  private notice<C extends string>(row: number | null, field: ImportField | null, code: C, message: string, value?: string): ImportNotice<C> {
    const index = field ? this.mapping[field] : null;
    const column = index === null || index === undefined ? null : this.table.columns[index];
    const where = row !== null && column ? `Row ${row}, column ${column.letter}${column.header ? ` (${column.header})` : ''}: ` : row !== null ? `Row ${row}: ` : '';
    return {
      row,
      column: column?.letter ?? null,
      columnIndex: column?.index ?? null,
      header: column ? column.header : null,
      field,
      code,
      message: where + message,
      ...(value !== undefined ? { value } : {}),
    };
  }

  hasMappedContent(r: ImportTableRow): boolean {
    return Object.values(this.mapping).some((column) => column !== null && !!r.cells[column]?.t);
  }

  /** A heading row: one text across the row (often merged) that names a priority area. */
  sectionHeading(r: ImportTableRow): { number: number; title: string | null } | null {
    const filled = r.cells.map((c, i) => ({ c, i })).filter(({ c }) => c && c.t.trim() !== '');
    const texts = new Set(filled.map(({ c }) => (c as TableCell).t.trim()));
    if (texts.size !== 1) return null;
    const text = [...texts][0];
    const first = filled[0] as { c: TableCell; i: number };
    const mergedAcross = filled.length > 1 || !!first.c.h;
    const inPlace = first.i === 0 || first.i === this.mapping.priorityArea;
    const label = parsePriorityLabel(text);
    if (!label || /^\d+$/.test(text)) return null;
    return isPriorityHeading(text) || mergedAcross || inPlace ? label : null;
  }

  notePriorityCell(r: ImportTableRow): void {
    const cell = this.cell(r, 'priorityArea');
    if (!cell?.t) return;
    const label = parsePriorityLabel(cell.n ?? cell.t);
    if (label) this.notePriorityTitle(label.number, label.title, r.row, 'priorityArea');
  }

  notePriorityTitle(number: number, title: string | null, row: number, field: ImportField | null): void {
    if (!title) return;
    const seen = this.sheetPriorityTitles.get(number);
    if (!seen) {
      this.sheetPriorityTitles.set(number, { title, row });
    } else if (nameKey(seen.title) !== nameKey(title) && !this.titleConflicts.has(row)) {
      this.titleConflicts.set(row, this.problem(row, field, 'priority_title_conflict',
        `Priority ${number} is called "${title}" here but "${seen.title}" on row ${seen.row}. Use one name for it.`, title));
    }
  }

  priorityTitle(number: number): string | null {
    return this.sheetPriorityTitles.get(number)?.title ?? this.state.priorityAreas.get(number)?.title ?? null;
  }

  /** The priority area a title alone names, if the sheet or the plan numbers it somewhere. */
  private priorityByTitle(title: string): number | null {
    const key = nameKey(title);
    for (const [number, seen] of this.sheetPriorityTitles) if (nameKey(seen.title) === key) return number;
    for (const [number, area] of this.state.priorityAreas) if (nameKey(area.title) === key) return number;
    return null;
  }

  readAction(r: ImportTableRow, section: { number: number; title: string | null } | null): ReadAction {
    const problems: ImportProblem[] = [];
    const warnings: ImportWarning[] = [];
    let acceptedRules: StatusRule[] = [];
    const values: RowValues = {};
    const row = r.row;
    const text = (field: ImportField): string | null | undefined => {
      const cell = this.cell(r, field);
      if (cell === undefined) return undefined;
      if (cell?.e) {
        problems.push(this.problem(row, field, 'cell_error', `The cell holds ${cell.e.startsWith('#') ? `the Excel error ${cell.e}` : cell.e}. Correct it in the sheet, or skip the row.`, cell.t));
        return null;
      }
      // A tracker the product exported marks formula-like text with an apostrophe: read the text it stands for.
      const t = fromSpreadsheetSafeText(cell?.t ?? '').trim();
      return t === '' ? null : t;
    };
    const tooLong = (field: ImportField, value: string, max: number) => {
      if (value.length <= max) return false;
      problems.push(this.problem(row, field, 'too_long', `${IMPORT_FIELD_LABELS[field]} is ${value.length} characters long; the most is ${max}.`, value.slice(0, 80)));
      return true;
    };

    // Reference
    const reference = text('reference');
    if (reference !== undefined) values.reference = reference;
    if (reference && this.cell(r, 'reference')?.n !== undefined && reference.includes('.')) this.numericReferences.add(row);
    let validReference: string | null = null;
    if (reference === null && this.mapping.reference !== null) {
      problems.push(this.problem(row, 'reference', 'missing_reference', 'The action has no reference (such as 3.4). Add one in the sheet, or skip the row.'));
    } else if (reference) {
      if (reference.length > REFERENCE_MAX || !REFERENCE_PATTERN.test(reference)) {
        problems.push(this.problem(row, 'reference', 'invalid_reference',
          `"${reference}" is not a reference the plan can use: write it like 3.4 (numbers or letters separated by dots, at most ${REFERENCE_MAX} characters).`, reference));
      } else {
        validReference = reference;
      }
    }
    const existing = validReference ? this.state.actions.get(validReference) : undefined;
    if (existing?.archived) {
      problems.push(this.problem(row, 'reference', 'archived_action',
        `Action ${validReference} is archived in this plan. Unarchive it first, give the row a new reference, or skip the row.`, validReference ?? undefined));
    }

    // Priority area
    let priorityNumber: number | null = null;
    let priorityTitle: string | null = null;
    const priorityCell = this.cell(r, 'priorityArea');
    if (priorityCell?.t.trim()) {
      const label = parsePriorityLabel(priorityCell.n ?? priorityCell.t);
      if (label) {
        priorityNumber = label.number;
        priorityTitle = label.title;
      } else {
        priorityNumber = this.priorityByTitle(priorityCell.t);
        if (priorityNumber === null) {
          problems.push(this.problem(row, 'priorityArea', 'unknown_priority',
            `Which priority area is "${priorityCell.t.trim()}"? Write its number, such as "1" or "1. Leadership and governance".`, priorityCell.t));
        }
      }
    }
    const fromReference = validReference ? priorityNumberFromReference(validReference) : null;
    if (priorityNumber !== null && fromReference !== null && priorityNumber !== fromReference) {
      problems.push(this.problem(row, 'priorityArea', 'priority_mismatch',
        `The row is in priority ${priorityNumber}, but its reference ${validReference} says priority ${fromReference}. Correct one of them.`, priorityCell?.t));
    }
    // A priority cell that cannot be read is a problem in itself: nothing else stands in for it.
    const unreadablePriority = !!priorityCell?.t.trim() && priorityNumber === null;
    if (!unreadablePriority) priorityNumber ??= fromReference ?? section?.number ?? null;
    const conflict = this.titleConflicts.get(row);
    if (conflict) problems.push(conflict);
    if (priorityNumber === null && !(priorityCell?.t.trim())) {
      problems.push(this.problem(row, this.mapping.priorityArea !== null ? 'priorityArea' : 'reference', 'no_priority',
        'Nothing says which priority area this action is in: give a priority number, a reference such as 3.4, or a "Priority 3" heading above it.'));
    }
    if (priorityNumber !== null) {
      values.priorityNumber = priorityNumber;
      values.priorityTitle = priorityTitle ?? this.priorityTitle(priorityNumber);
      if (values.priorityTitle && tooLong('priorityArea', values.priorityTitle, TITLE_MAX)) priorityNumber = null;
    }

    // Title and description
    const title = text('title');
    if (title !== undefined) values.title = title;
    if (title === null && this.mapping.title !== null) {
      problems.push(this.problem(row, 'title', 'missing_title', 'The action has no title. Add one in the sheet, or skip the row.'));
    } else if (title) {
      tooLong('title', title, TITLE_MAX);
    }
    const description = text('description');
    if (description !== undefined) values.description = description;
    if (description) tooLong('description', description, DESCRIPTION_MAX);

    // Dates
    const startDate = this.date(r, 'startDate', problems);
    const dueDate = this.date(r, 'dueDate', problems);
    if (startDate !== undefined) values.startDate = startDate;
    if (dueDate !== undefined) values.dueDate = dueDate;
    const effectiveStart = startDate !== undefined ? startDate : (existing?.startDate ?? null);
    const effectiveDue = dueDate !== undefined ? dueDate : (existing?.dueDate ?? null);
    if (effectiveStart && effectiveDue && effectiveDue < effectiveStart) {
      problems.push(this.problem(row, this.mapping.dueDate !== null ? 'dueDate' : 'startDate', 'start_after_due',
        `The due date (${effectiveDue}) is before the start date (${effectiveStart}).`));
    }

    // Statuses
    const deliveryStatus = this.status(r, 'deliveryStatus', problems);
    const impactStatus = this.status(r, 'impactStatus', problems);
    if (this.mapping.deliveryStatus !== null) {
      values.deliveryStatus = deliveryStatus === 'invalid' ? null : (deliveryStatus ?? null);
      values.deliveryStatusLabel = values.deliveryStatus ? DELIVERY_STATUS_INFO[values.deliveryStatus].label : null;
    }
    if (this.mapping.impactStatus !== null) {
      values.impactStatus = impactStatus === 'invalid' ? null : (impactStatus ?? null);
      values.impactStatusLabel = values.impactStatus ? IMPACT_STATUS_LABELS[values.impactStatus] : null;
    }
    if (deliveryStatus !== 'invalid' && impactStatus !== 'invalid') {
      // The council's own judgement comes in as it made it, even where its evidence is kept elsewhere.
      const judged = checkImportedJudgement({
        deliveryStatus: deliveryStatus ?? existing?.deliveryStatus ?? 'not_started',
        impactStatus: impactStatus ?? existing?.impactStatus ?? 'not_yet_complete',
        impactEvidenceCount: existing ? (this.state.impactEvidence.get(existing.id) ?? 0) : 0,
      });
      const field = this.mapping.impactStatus !== null ? 'impactStatus' : 'deliveryStatus';
      for (const violation of judged.refused) problems.push(this.problem(row, field, 'status_rule', violation.message));
      if (judged.accepted.length > 0) warnings.push(this.warning(row, field, 'imported_judgement', IMPORTED_JUDGEMENT_WARNING));
      acceptedRules = judged.accepted.map((v) => v.rule);
    }

    // Owner, organisation and partners
    let organisationName = text('ownerOrganisation');
    let personName = text('ownerPerson');
    if (organisationName !== undefined) values.ownerOrganisation = organisationName;
    if (personName !== undefined) values.ownerPerson = personName;
    for (const [field, value] of [['ownerOrganisation', organisationName], ['ownerPerson', personName]] as const) {
      if (value) tooLong(field, value, TITLE_MAX);
    }
    // An owner cell that names an organisation and no person ("Plymouth City Council") is the owning organisation.
    if (!organisationName && personName && !this.state.people.has(nameKey(personName)) && this.state.organisations.has(nameKey(personName))) {
      organisationName = personName;
      personName = null;
    }
    let organisation: Ref | undefined = organisationName ? this.organisationRef(organisationName) : undefined;
    let person: Ref | null | undefined = personName === undefined ? undefined : null;
    if (personName) {
      const known = this.state.people.get(nameKey(personName)) ?? [];
      const organisationId = organisation && 'id' in organisation ? organisation.id : null;
      const sameOrganisation = organisationId ? known.find((p) => p.organisationId === organisationId) : undefined;
      if (sameOrganisation) person = { id: sameOrganisation.id };
      else if (!organisation && known[0]) {
        person = { id: known[0].id };
        organisation = { id: known[0].organisationId };
      } else {
        const home = organisation ?? (existing ? { id: existing.ownerOrganisationId } : undefined);
        if (home) person = this.personRef(personName, home);
      }
    }
    if (!organisation && !existing) {
      const field = this.mapping.ownerOrganisation !== null ? 'ownerOrganisation' : this.mapping.ownerPerson !== null ? 'ownerPerson' : null;
      problems.push(this.problem(row, field, 'missing_organisation',
        field === null
          ? 'Nothing says which organisation owns this action: map a column to Organisation.'
          : 'Nothing says which organisation owns this action: name it in the Organisation column (or name an owner the plan already knows).'));
    }
    const partnersText = text('partners');
    let partners: Ref[] | undefined;
    if (partnersText !== undefined) {
      // Names the plan's directory knows stay whole even when they hold commas.
      const names = partnersText ? splitNameList(partnersText, (name) => this.state.organisations.has(nameKey(name))) : [];
      values.partners = names;
      for (const name of names) tooLong('partners', name, TITLE_MAX);
      partners = names.map((n) => this.organisationRef(n));
    }
    const latestUpdate = text('latestUpdate');
    if (latestUpdate !== undefined) values.latestUpdate = latestUpdate;

    if (problems.length > 0 || !validReference || priorityNumber === null) return { values, problems, warnings, desired: null };
    const area = this.state.priorityAreas.get(priorityNumber);
    return {
      values,
      problems,
      warnings,
      desired: {
        row,
        reference: validReference,
        priorityNumber,
        priorityArea: area ? { id: area.id } : { newNumber: priorityNumber },
        ...(title ? { title } : {}),
        ...(description !== undefined ? { description: description ?? '' } : {}),
        ...(organisation ? { ownerOrganisation: organisation } : {}),
        ...(person !== undefined ? { ownerPerson: person } : {}),
        ...(partners ? { partners } : {}),
        ...(startDate !== undefined ? { startDate } : {}),
        ...(dueDate !== undefined ? { dueDate } : {}),
        ...(deliveryStatus ? { deliveryStatus: deliveryStatus as DeliveryStatus } : {}),
        ...(impactStatus ? { impactStatus: impactStatus as ImpactStatus } : {}),
        ...(acceptedRules.length > 0 ? { acceptedRules } : {}),
      },
    };
  }

  /** A date cell: undefined when not mapped, null when empty; a problem when it cannot be read. */
  private date(r: ImportTableRow, field: 'startDate' | 'dueDate', problems: ImportProblem[]): string | null | undefined {
    const cell = this.cell(r, field);
    if (cell === undefined) return undefined;
    if (!cell || cell.t.trim() === '') return null;
    if (cell.e) {
      problems.push(this.problem(r.row, field, 'cell_error', `The cell holds ${cell.e.startsWith('#') ? `the Excel error ${cell.e}` : cell.e}.`, cell.t));
      return null;
    }
    const date = cell.d ?? parseSpreadsheetDate(cell.n ?? cell.t);
    if (date) return date;
    problems.push(this.problem(r.row, field, 'unreadable_date',
      `"${cell.t.trim()}" is not a date the import can read. Write it as a date (31/03/2025), or leave the cell empty.`, cell.t));
    return null;
  }

  /**
   * A status cell: undefined when not mapped or empty (keep the current status, or the default for
   * a new action), 'invalid' when it cannot be read. An empty cell with a fill colour is a problem:
   * the colour is never read as a status.
   */
  private status<F extends 'deliveryStatus' | 'impactStatus'>(
    r: ImportTableRow, field: F, problems: ImportProblem[],
  ): (F extends 'deliveryStatus' ? DeliveryStatus : ImpactStatus) | 'invalid' | undefined {
    type S = F extends 'deliveryStatus' ? DeliveryStatus : ImpactStatus;
    const cell = this.cell(r, field);
    if (cell === undefined || cell === null) return undefined;
    if (cell.e) {
      problems.push(this.problem(r.row, field, 'cell_error', `The cell holds ${cell.e.startsWith('#') ? `the Excel error ${cell.e}` : cell.e}.`, cell.t));
      return 'invalid' as const;
    }
    const text = cell.t.trim();
    if (text === '') {
      if (!cell.f) return undefined;
      problems.push(this.problem(r.row, field, 'colour_only_status',
        `The ${field === 'deliveryStatus' ? 'RAG' : 'impact'} cell is coloured but has no word in it. The import does not read colours: type the status (${field === 'deliveryStatus' ? 'e.g. Red, Amber, Green, Blue' : 'e.g. Not yet fully completed'}), or skip the row.`));
      return 'invalid' as const;
    }
    const parsed = (field === 'deliveryStatus' ? parseDeliveryStatusWord(text) : parseImpactStatusWord(text)) as S | null;
    if (parsed) return parsed;
    problems.push(this.problem(r.row, field, field === 'deliveryStatus' ? 'unknown_delivery_status' : 'unknown_impact_status',
      `"${text}" is not a ${field === 'deliveryStatus' ? 'RAG status' : 'impact status'} the import knows. ${field === 'deliveryStatus' ? DELIVERY_WORDS_HINT : IMPACT_WORDS_HINT}`, text));
    return 'invalid' as const;
  }

  private organisationRef(name: string): Ref {
    const key = nameKey(name);
    const known = this.state.organisations.get(key)?.[0];
    if (known) return { id: known.id };
    if (!this.newOrganisations.has(key)) this.newOrganisations.set(key, tidyName(name));
    return { newKey: key };
  }

  private personRef(name: string, organisation: Ref): Ref {
    const key = `${nameKey(name)}|${'id' in organisation ? organisation.id : `new:${organisation.newKey}`}`;
    if (!this.newPeople.has(key)) this.newPeople.set(key, { name: tidyName(name), organisation });
    return { newKey: key };
  }

  /** The title the sheet gives a priority area, if it names one. */
  sheetPriorityTitle(number: number): string | null {
    return this.sheetPriorityTitles.get(number)?.title ?? null;
  }

  /** An organisation the rows name that the plan does not know yet. */
  newOrganisation(key: string): string | undefined {
    return this.newOrganisations.get(key);
  }

  /** A person the rows name that the plan does not know yet. */
  newPerson(key: string): { name: string; organisation: Ref } | undefined {
    return this.newPeople.get(key);
  }
}
