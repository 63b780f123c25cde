import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EvidenceType } from '@send/domain';
import { api } from '@/lib/api-client';
import type { components } from '@/lib/api-types';

/** The responses, as the API's OpenAPI document declares them (generated: lib/api-types.ts). */
type Schemas = components['schemas'];

/** An item of evidence: a document (`kind` file) or a link; `illustrative` when made up by the demonstration plan's seed. */
export type Evidence = Schemas['EvidenceResponse'];

export interface AddEvidenceInput {
  type: EvidenceType;
  title: string;
  description?: string;
  date: string | null;
  demonstratesImpact: boolean;
  url?: string;
  file?: File;
}

export const evidenceKeys = {
  all: ['evidence'] as const,
  action: (actionId: string) => [...evidenceKeys.all, 'action', actionId] as const,
};

export const getActionEvidence = (actionId: string) => api.get<Evidence[]>(`/api/actions/${actionId}/evidence`);

/** Each query once, key and fetcher together (`queryOptions`): the hooks below and any prefetch use these. */
export const evidenceQueries = {
  action: (actionId: string) => queryOptions({ queryKey: evidenceKeys.action(actionId), queryFn: () => getActionEvidence(actionId) }),
};

/** A document goes as multipart/form-data with the same fields as text; a link as JSON. */
export function addEvidence(actionId: string, input: AddEvidenceInput): Promise<Evidence> {
  if (input.file) {
    const form = new FormData();
    form.set('type', input.type);
    form.set('title', input.title);
    if (input.description) form.set('description', input.description);
    form.set('date', input.date ?? '');
    form.set('demonstratesImpact', String(input.demonstratesImpact));
    form.set('file', input.file, input.file.name);
    return api.post<Evidence>(`/api/actions/${actionId}/evidence`, form);
  }
  const { file: _none, ...json } = input;
  return api.post<Evidence>(`/api/actions/${actionId}/evidence`, { ...json, url: json.url || undefined, description: json.description || undefined });
}

export function useActionEvidence(actionId: string) {
  return useQuery(evidenceQueries.action(actionId));
}

export function useAddEvidence(actionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AddEvidenceInput) => addEvidence(actionId, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: evidenceKeys.action(actionId) }),
  });
}
