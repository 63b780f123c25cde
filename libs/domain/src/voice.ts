import { ownsAction, type AccessSubject, type ActionOwnership } from './access';
import { compareIsoDates } from './iso-date';
import { can } from './permissions';
import { DESCRIPTION_MAX, TITLE_MAX } from './limits';

/**
 * "You said, we did": what children, young people, their families and practitioners have told the
 * partnership (a voice item), and what the partnership did about it (its response).
 */

/** Where it was heard. */
export const VOICE_SOURCES = ['survey', 'forum', 'discussion_group', 'complaint', 'case_audit', 'compliment'] as const;
export type VoiceSource = (typeof VOICE_SOURCES)[number];
export const VOICE_SOURCE_LABELS: Readonly<Record<VoiceSource, string>> = {
  survey: 'Survey',
  forum: 'Forum',
  discussion_group: 'Discussion group',
  complaint: 'Complaint',
  case_audit: 'Case audit',
  compliment: 'Compliment',
};

/** Whose voice it is. */
export const VOICE_OF = ['parent_carers', 'children_young_people', 'practitioners'] as const;
export type VoiceOf = (typeof VOICE_OF)[number];
export const VOICE_OF_LABELS: Readonly<Record<VoiceOf, string>> = {
  parent_carers: 'Parent carers',
  children_young_people: 'Children and young people',
  practitioners: 'Practitioners',
};

/** What it says: something that works, something that worries them, or something they ask for. */
export const VOICE_KINDS = ['strength', 'concern', 'recommendation'] as const;
export type VoiceKind = (typeof VOICE_KINDS)[number];
export const VOICE_KIND_LABELS: Readonly<Record<VoiceKind, string>> = {
  strength: 'Strength',
  concern: 'Concern',
  recommendation: 'Recommendation',
};

/** A response is either a change planned or a change made. */
export const VOICE_RESPONSE_STATUSES = ['planned', 'done'] as const;
export type VoiceResponseStatus = (typeof VOICE_RESPONSE_STATUSES)[number];
export const VOICE_RESPONSE_STATUS_LABELS: Readonly<Record<VoiceResponseStatus, string>> = {
  planned: 'Planned',
  done: 'Done',
};

/** The words heard: a quote or a finding. */
export const VOICE_WORDS_MAX = DESCRIPTION_MAX;
/** Where the words come from, e.g. "Plymouth Parent Carer Voice survey 2024". */
export const VOICE_SOURCE_TITLE_MAX = TITLE_MAX;
/** What changed, said in the response. */
export const VOICE_RESPONSE_TEXT_MAX = DESCRIPTION_MAX;
/** How many people the words stand for (respondents, members of a group): a whole number from 1. */
export const COHORT_SIZE_MAX = 10_000_000;

export function isCohortSize(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 1 && x <= COHORT_SIZE_MAX;
}

/**
 * Where a measure's figures come from: the partnership's records (counts, rates, waiting times) or
 * a survey, whose figures are read beside the number of people who answered it.
 */
export const MEASURE_SOURCE_KINDS = ['records', 'survey'] as const;
export type MeasureSourceKind = (typeof MEASURE_SOURCE_KINDS)[number];
export const MEASURE_SOURCE_KIND_LABELS: Readonly<Record<MeasureSourceKind, string>> = {
  records: 'Records',
  survey: 'Survey',
};

/** The kinds of voice item that ask the partnership to do something, and so await a response. */
export const VOICE_KINDS_AWAITING_RESPONSE: readonly VoiceKind[] = ['concern', 'recommendation'];

/** A voice item's response, as far as the rules need it. */
export interface VoiceResponseDates {
  /** The day the response was given, ISO `YYYY-MM-DD`. */
  respondedOn: string;
}

/**
 * Whether an item is still unanswered: it asks for something (a concern or a recommendation: a
 * strength asks for nothing) and there is no response to it.
 */
export function isVoiceUnanswered(item: { kind: VoiceKind }, response: VoiceResponseDates | null): boolean {
  return VOICE_KINDS_AWAITING_RESPONSE.includes(item.kind) && response === null;
}

/** Whether an item had been heard by the end of `asAt`: a pack of that day shows it. */
export function isVoiceHeardBy(item: { heardOn: string }, asAt: string): boolean {
  return compareIsoDates(item.heardOn, asAt) <= 0;
}

/** The response as it stood at the end of `asAt`: none if it was given after that day. */
export function voiceResponseAsAt<R extends VoiceResponseDates>(response: R | null, asAt: string): R | null {
  return response !== null && compareIsoDates(response.respondedOn, asAt) <= 0 ? response : null;
}

/**
 * The voice items a pack or report of `asAt` shows, each with the response it had then: items heard
 * after the day are left out, responses given after it are shown as none (the item unanswered).
 */
export function voiceAsAt<I extends { heardOn: string; response: VoiceResponseDates | null }>(items: readonly I[], asAt: string): I[] {
  return items.filter((item) => isVoiceHeardBy(item, asAt)).map((item) => ({ ...item, response: voiceResponseAsAt(item.response, asAt) }));
}

/** A figure and the number of people behind it: "62% (40 respondents)". */
export function withCohort(figure: string, cohortSize: number | null | undefined): string {
  if (cohortSize == null) return figure;
  return `${figure} (${cohortSize} ${cohortSize === 1 ? 'respondent' : 'respondents'})`;
}

/**
 * A response is given on or after the day the item was heard, and not after today. Answers the
 * problems, field by field (empty when the response may be recorded).
 */
export function checkVoiceResponseDate(heardOn: string, respondedOn: string, today: string): { field: 'respondedOn'; message: string }[] {
  if (compareIsoDates(respondedOn, heardOn) < 0) return [{ field: 'respondedOn', message: `A response cannot be given before the item was heard (${heardOn}).` }];
  if (compareIsoDates(respondedOn, today) > 0) return [{ field: 'respondedOn', message: 'A response cannot be dated after today.' }];
  return [];
}

/**
 * Who may say what was done about a voice item: the plan manager (or an administrator), or an action
 * owner who owns one of the actions the item is linked to. An owner of an unrelated action may not.
 */
export function canRespondToVoice(subject: AccessSubject, linkedActions: readonly ActionOwnership[]): boolean {
  if (can(subject.roles, 'managePlan')) return true;
  return subject.roles.includes('action_owner') && linkedActions.some((action) => ownsAction(subject, action));
}
