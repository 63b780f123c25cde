import type { Rag } from './rag';

/** The three impact categories of the January 2025 critical review. */
export const IMPACT_STATUSES = ['not_yet_complete', 'complete_monitoring_impact', 'complete_impact_evidenced'] as const;
export type ImpactStatus = (typeof IMPACT_STATUSES)[number];

export function isImpactStatus(x: unknown): x is ImpactStatus {
  return typeof x === 'string' && (IMPACT_STATUSES as readonly string[]).includes(x);
}

export const IMPACT_STATUS_LABELS: Readonly<Record<ImpactStatus, string>> = {
  not_yet_complete: 'Not yet fully completed',
  complete_monitoring_impact: 'Completed – monitoring impact',
  complete_impact_evidenced: 'Completed – impact evidenced',
};

export function impactStatusLabel(status: ImpactStatus): string {
  return IMPACT_STATUS_LABELS[status];
}

/** True for either `complete_*` category, the ones that need delivery to be complete. */
export function isCompleteImpact(status: ImpactStatus): boolean {
  return status !== 'not_yet_complete';
}

/**
 * Colour of each impact category in charts and badges, from the RAG palette so a colour means
 * the same on every screen: grey while delivery goes on, blue once delivered (as BRAG's complete),
 * green once impact on children and young people is evidenced. Always shown with the label.
 */
export const IMPACT_STATUS_RAG: Readonly<Record<ImpactStatus, Rag>> = {
  not_yet_complete: 'grey',
  complete_monitoring_impact: 'blue',
  complete_impact_evidenced: 'green',
};
