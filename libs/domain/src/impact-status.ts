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
