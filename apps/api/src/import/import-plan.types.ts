import type { DeliveryStatus, ImpactStatus, ImportField, StatusRule } from '@send/domain';

// The shapes an import works with: the plan as the database holds it, what each row asks for,
// the problems found, and the write plan a commit carries out.

/** The plan as it is in the database, as far as an import can change it. */
export interface PlanState {
  planId: string | null;
  priorityAreas: Map<number, { id: string; title: string }>;
  /** By reference. */
  actions: Map<string, ExistingAction>;
  /** By nameKey, oldest first. */
  organisations: Map<string, { id: string; name: string }[]>;
  /** By nameKey, oldest first. */
  people: Map<string, { id: string; name: string; organisationId: string }[]>;
  /** Evidence items showing impact, by action id. */
  impactEvidence: Map<string, number>;
}

export interface ExistingAction {
  id: string;
  priorityAreaId: string;
  reference: string;
  title: string;
  description: string;
  ownerOrganisationId: string;
  ownerPersonId: string | null;
  partnerIds: string[];
  startDate: string | null;
  dueDate: string | null;
  deliveryStatus: DeliveryStatus;
  impactStatus: ImpactStatus;
  archived: boolean;
  version: number;
}

export type ProblemCode =
  | 'unmapped_column'
  | 'missing_reference'
  | 'invalid_reference'
  | 'duplicate_reference'
  | 'archived_action'
  | 'missing_title'
  | 'too_long'
  | 'unknown_priority'
  | 'no_priority'
  | 'priority_mismatch'
  | 'priority_title_conflict'
  | 'unreadable_date'
  | 'start_after_due'
  | 'unknown_delivery_status'
  | 'unknown_impact_status'
  | 'colour_only_status'
  | 'status_rule'
  | 'missing_organisation'
  | 'cell_error';

/** Something the import will do as the sheet says, but that a person should know about: it does not block the commit. */
export type WarningCode = 'imported_judgement';

/** Where a person finds something in Excel: row number, column letter and header. */
export interface ImportNotice<C extends string> {
  row: number | null;
  column: string | null;
  columnIndex: number | null;
  header: string | null;
  field: ImportField | null;
  code: C;
  message: string;
  /** The cell's text, when the notice is about what it says. */
  value?: string;
}

/** One thing to resolve before the import can be committed. */
export type ImportProblem = ImportNotice<ProblemCode>;
/** One thing imported as the sheet says that the plan will flag (listed apart from the problems). */
export type ImportWarning = ImportNotice<WarningCode>;

/** An organisation or person: one already in the database, or one the import will create. */
export type Ref = { id: string } | { newKey: string };
export type AreaRef = { id: string } | { newNumber: number };

/** What a row asks for; a field is undefined when the sheet does not say (column not mapped, or cell empty where that means "keep"). */
export interface DesiredAction {
  row: number;
  reference: string;
  priorityNumber: number;
  priorityArea: AreaRef;
  title?: string;
  description?: string;
  ownerOrganisation?: Ref;
  ownerPerson?: Ref | null;
  partners?: Ref[];
  startDate?: string | null;
  dueDate?: string | null;
  deliveryStatus?: DeliveryStatus;
  impactStatus?: ImpactStatus;
  /** Status rules the row's judgement breaks and the import records all the same, as the council's own (see checkImportedJudgement). */
  acceptedRules?: StatusRule[];
}

export type ActionChangeField =
  | 'priorityArea' | 'title' | 'description' | 'ownerOrganisation' | 'ownerPerson' | 'partners'
  | 'startDate' | 'dueDate' | 'deliveryStatus' | 'impactStatus';

/** What a row shows once read: the sheet's values in the product's terms. Unmapped fields are left out. */
export interface RowValues {
  reference?: string | null;
  priorityNumber?: number | null;
  priorityTitle?: string | null;
  title?: string | null;
  description?: string | null;
  ownerPerson?: string | null;
  ownerOrganisation?: string | null;
  partners?: string[];
  startDate?: string | null;
  dueDate?: string | null;
  deliveryStatus?: DeliveryStatus | null;
  deliveryStatusLabel?: string | null;
  impactStatus?: ImpactStatus | null;
  impactStatusLabel?: string | null;
  latestUpdate?: string | null;
}

export interface PreviewRow {
  row: number;
  /** `action`: a row to import; `section`: a heading that names the priority area of the rows below it. */
  kind: 'action' | 'section';
  skipped: boolean;
  /** What committing would do with the row; null while it has problems or is skipped. */
  outcome: 'new' | 'changed' | 'unchanged' | null;
  changes: ActionChangeField[];
  values: RowValues;
  problems: ImportProblem[];
  warnings: ImportWarning[];
}

/** Everything committing would write, worked out from the sheet and the plan as it is. */
export interface WritePlan {
  organisations: { key: string; name: string }[];
  people: { key: string; name: string; organisation: Ref }[];
  priorityAreas: { create: { number: number; title: string }[]; update: { id: string; number: number; before: string; title: string }[]; unchanged: number };
  actions: {
    create: DesiredAction[];
    update: { existing: ExistingAction; desired: DesiredAction; changes: ActionChangeField[] }[];
    unchanged: number;
  };
}

export interface PriorityAreaCounts {
  number: number;
  title: string;
  /** Whether committing creates the priority area, renames it, or leaves it as it is. */
  change: 'new' | 'renamed' | 'unchanged';
  actions: { new: number; changed: number; unchanged: number };
}

export interface Preview {
  rows: PreviewRow[];
  problems: ImportProblem[];
  warnings: ImportWarning[];
  write: WritePlan;
  counts: {
    priorityAreas: { new: number; changed: number; unchanged: number };
    actions: { new: number; changed: number; unchanged: number; notInFile: number };
    organisations: { new: number };
    people: { new: number };
    /** What committing would do in each priority area the import writes to, in number order. */
    byPriorityArea: PriorityAreaCounts[];
    rows: { read: number; actions: number; sections: number; skipped: number; blank: number; withProblems: number };
  };
}
