import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ImportMapping } from '@send/domain';
import { api } from '@/lib/api-client';
import type { components } from '@/lib/api-types';
import type { MutationConfig } from '@/lib/react-query';

type Schemas = components['schemas'];

/** The responses, as the API's OpenAPI document declares them (generated: lib/api-types.ts). */
export type ImportColumn = Schemas['ImportColumnResponse'];
export type ImportFieldInfo = Schemas['ImportFieldInfo'];
/** One thing to resolve before the import can be committed. `row` is null for the mapping as a whole. */
export type ImportProblem = Schemas['ImportNoticeResponse'];
/** Something imported as the sheet says that the plan will flag; it never blocks the commit. */
export type ImportWarning = Schemas['ImportNoticeResponse'];
export type ImportRow = Schemas['ImportRow'];
export type Counts = Schemas['ImportCounts'];
export type PriorityAreaCounts = Schemas['ImportPriorityAreaCounts'];
export type ImportResult = Schemas['ImportResultResponse'];
/** The preview of an uploaded tracker, as the API answers it for every call. */
export type ImportPreview = Schemas['ImportResponse'];

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
