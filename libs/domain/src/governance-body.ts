/** The kinds of board, group or committee that oversee a plan. */
export const GOVERNANCE_BODY_KINDS = [
  'improvement_board', 'strategic_delivery_group', 'priority_delivery_group', 'scrutiny', 'nhs_committee', 'cabinet', 'other',
] as const;
export type GovernanceBodyKind = (typeof GOVERNANCE_BODY_KINDS)[number];

export const GOVERNANCE_BODY_KIND_LABELS: Readonly<Record<GovernanceBodyKind, string>> = {
  improvement_board: 'Improvement board',
  strategic_delivery_group: 'Strategic delivery group',
  priority_delivery_group: 'Priority delivery group',
  scrutiny: 'Scrutiny',
  nhs_committee: 'NHS committee',
  cabinet: 'Cabinet',
  other: 'Other',
};

/**
 * The body a school's own plan reports to: its governing board. It is of the kind a plan's
 * reporting periods report to (`improvement_board`), but it is not an improvement board.
 */
export const GOVERNING_BOARD_NAME = 'Governing board';

/**
 * A body's kind in words. The board of a school's own plan is its governing board: of the kind
 * `improvement_board` (its plan's updates are written and moderated for its meetings), named
 * for what it is.
 */
export function governanceBodyKindLabel(kind: GovernanceBodyKind, { schoolPlan }: { schoolPlan: boolean }): string {
  if (schoolPlan && kind === 'improvement_board') return GOVERNING_BOARD_NAME;
  return GOVERNANCE_BODY_KIND_LABELS[kind] ?? kind;
}
