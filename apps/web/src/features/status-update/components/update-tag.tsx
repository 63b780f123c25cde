import type { UpdateState } from '@send/domain';
import { RagTag } from '@/components/ui/status-tag';
import { UPDATE_STATE_RAG, updateStateLabel } from '../state';

export function UpdateStateTag({ state }: { state: UpdateState }) {
  return <RagTag rag={UPDATE_STATE_RAG[state]} label={updateStateLabel(state)} />;
}
