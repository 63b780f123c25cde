import {
  CRITICAL_REVIEW_JUDGEMENT_LABELS,
  CRITICAL_REVIEW_JUDGEMENTS,
  CRITICAL_REVIEW_STATUS_LABELS,
  IMPACT_STATUS_RAG,
  JUDGEMENT_CHANGE_LABELS,
  type CriticalReviewJudgement,
  type CriticalReviewStatus,
  type JudgementChange,
  type JudgementCounts,
} from '@send/domain';

export const judgementWords = (j: CriticalReviewJudgement) => CRITICAL_REVIEW_JUDGEMENT_LABELS[j];
export const judgementRag = (j: CriticalReviewJudgement) => IMPACT_STATUS_RAG[j];
export const reviewStatusWords = (s: CriticalReviewStatus) => CRITICAL_REVIEW_STATUS_LABELS[s];

/** "moved forward", "slipped back": the change in words, as a sentence would say it. */
export function changeWords(change: JudgementChange): string {
  const label = JUDGEMENT_CHANGE_LABELS[change];
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** "17 not yet fully completed, 31 completed – monitoring impact and 7 completed – impact evidenced". */
export function splitWords(counts: JudgementCounts): string {
  const words = CRITICAL_REVIEW_JUDGEMENTS.map((j) => `${counts[j]} ${judgementWords(j).charAt(0).toLowerCase()}${judgementWords(j).slice(1)}`);
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
