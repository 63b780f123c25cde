import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DeliveryStatus, ImpactStatus, ImportField, ImportMapping } from '@send/domain';
import { api, type Page } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';

export interface ImportColumn {
  index: number;
  letter: string;
  header: string;
  group: string | null;
  field: ImportField | null;
}

export interface ImportFieldInfo {
  field: ImportField;
  label: string;
  required: boolean;
  column: number | null;
  letter: string | null;
  header: string | null;
}

/** Where in the sheet, and what: a problem or a warning. `row` is null for the mapping as a whole. */
interface ImportNotice {
  row: number | null;
  column: string | null;
  columnIndex: number | null;
  header: string | null;
  field: ImportField | null;
  code: string;
  message: string;
}

/** One thing to resolve before the import can be committed. */
export interface ImportProblem extends ImportNotice {
  value?: string;
}

/** Something imported as the sheet says that the plan will flag; it never blocks the commit. */
export type ImportWarning = ImportNotice;

export interface ImportRow {
  row: number;
  kind: 'action' | 'section';
  skipped: boolean;
  outcome: 'new' | 'changed' | 'unchanged' | null;
  changes: string[];
  values: {
    reference?: string | null;
    priorityNumber?: number | null;
    priorityTitle?: string | null;
    title?: string | null;
    deliveryStatus?: DeliveryStatus | null;
    deliveryStatusLabel?: string | null;
    impactStatus?: ImpactStatus | null;
    impactStatusLabel?: string | null;
  };
  problems: ImportProblem[];
  warnings: ImportWarning[];
}

export interface Counts {
  new: number;
  changed: number;
  unchanged: number;
}

export interface PriorityAreaCounts {
  number: number;
  title: string;
  change: 'new' | 'renamed' | 'unchanged';
  actions: Counts;
}

export interface ImportResult {
  planId: string;
  priorityAreas: Counts;
  actions: Counts;
  organisations: { new: number };
  people: { new: number };
}

/** The preview of an uploaded tracker, as the API answers it for every call. */
export interface ImportPreview {
  id: string;
  version: number;
  state: 'pending' | 'committed';
  fileName: string;
  fileSize: number;
  format: 'xlsx' | 'csv';
  encoding: string | null;
  sheet: string | null;
  sheets: { name: string; hidden: boolean; used: boolean }[];
  headerRow: number;
  mapping: ImportMapping;
  columns: ImportColumn[];
  fields: ImportFieldInfo[];
  plan: {
    action: 'create' | 'update';
    planId: string | null;
    title: string;
    localArea: string;
    priorityAreas: Counts;
    actions: Counts & { notInFile: number };
    byPriorityArea: PriorityAreaCounts[];
    organisations: { new: number; names: string[] };
    people: { new: number; names: string[] };
    notWritten: { field: string; message: string }[];
  };
  rowCounts: { read: number; actions: number; sections: number; skipped: number; blank: number; withProblems: number };
  skipRows: number[];
  problemCount: number;
  problems: ImportProblem[];
  warningCount: number;
  warnings: ImportWarning[];
  canCommit: boolean;
  rows: Page<ImportRow> & { view: 'all' | 'problems' | 'changes' };
  createdAt: string;
  createdBy: { id: string | null; label: string | null };
  committedAt: string | null;
  committedBy: { id: string | null; label: string | null } | null;
  result: ImportResult | null;
}

/** Either a plan to update, or the title and local area of a new one. */
export type ImportTarget = { planId: string } | { title: string; localArea: string };

export interface UploadImportInput {
  target: ImportTarget;
  file: File | null;
}

export interface UpdateImportInput {
  version: number;
  mapping?: Partial<ImportMapping>;
  skipRows?: number[];
}

/** The rows every preview lists: those the commit would add or change (the page shows them). */
const ROWS_QUERY = { rows: 'changes', pageSize: 200 } as const;

export const importKeys = {
  all: ['imports'] as const,
  detail: (id: string) => [...importKeys.all, 'detail', id] as const,
};

export function uploadImport({ target, file }: UploadImportInput, onProgress?: (sent: number) => void): Promise<ImportPreview> {
  const form = new FormData();
  if ('planId' in target) form.set('planId', target.planId);
  else {
    form.set('title', target.title);
    form.set('localArea', target.localArea);
  }
  // The file goes last: the API reads the text fields before it, as they arrive.
  if (file) form.set('file', file, file.name);
  return api.upload<ImportPreview>('/api/imports', form, { onProgress });
}

export const getImport = (id: string) => api.get<ImportPreview>(`/api/imports/${id}`, { query: ROWS_QUERY });

/** Each query once, key and fetcher together. */
export const importQueries = {
  detail: (id: string) => queryOptions({ queryKey: importKeys.detail(id), queryFn: () => getImport(id) }),
};

export function useImport(id: string) {
  return useQuery(importQueries.detail(id));
}

/** The upload answers the preview with every row listed, so the preview page reads it again with its own rows. */
export function useUploadImport(config: MutationConfig<ImportPreview, UploadImportInput & { onProgress?: (sent: number) => void }> = {}) {
  return useMutation({
    ...config,
    mutationFn: ({ onProgress, ...input }) => uploadImport(input, onProgress),
  });
}

/** Each change answers the whole new preview, which replaces the one shown. */
export function useUpdateImport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateImportInput) => api.patch<ImportPreview>(`/api/imports/${id}`, input, { query: ROWS_QUERY }),
    onSuccess: (preview) => queryClient.setQueryData(importKeys.detail(id), preview),
  });
}

export function useCommitImport(id: string, config: MutationConfig<ImportPreview, { version: number }> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: ({ version }) => api.post<ImportPreview>(`/api/imports/${id}/commit`, { version }),
    // The commit answers every row, not the rows the preview lists: keep its state, and read the rows again.
    onSuccess: (preview, ...rest) => {
      queryClient.setQueryData(importKeys.detail(id), preview);
      void queryClient.invalidateQueries({ queryKey: importKeys.detail(id) });
      return config.onSuccess?.(preview, ...rest);
    },
    // A refusal means the preview shown is out of date (a stale version, or the plan changed): read it again.
    onError: (error, ...rest) => {
      void queryClient.invalidateQueries({ queryKey: importKeys.detail(id) });
      return config.onError?.(error, ...rest);
    },
  });
}
