import { QueryState } from '@/components/ui/page-state';
import { useVoiceItems, type VoiceFilters } from '../api';
import { VoiceTable } from './voice-table';

/** The voice items of one priority area or action, with their responses, under a heading of the page's. */
export function VoiceSection({ planId, filter, about }: { planId: string; filter: Pick<VoiceFilters, 'priorityAreaId' | 'actionId'>; about: string }) {
  const items = useVoiceItems(planId, filter);
  return (
    <QueryState query={items} loadingLabel="Loading what children, young people and families said">
      {(page) => (
        <VoiceTable
          items={page.items}
          caption={`You said, we did (${page.total})`}
          empty={`Nothing children, young people or families said has been linked to ${about} yet.`}
          showPriorities={!filter.priorityAreaId}
        />
      )}
    </QueryState>
  );
}
