/**
 * Maximum lengths in characters, shared by DTOs (@MaxLength), database columns
 * and form hints so that client and server agree. Changing one needs a migration.
 */
export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 5000;
/** A status update's progress narrative. */
export const NARRATIVE_MAX = 10000;
export const NEXT_STEPS_MAX = 5000;
/** A status update's risks and blockers. */
export const RISKS_MAX = 5000;
/** Any comment: on moderation, on a board challenge, on evidence. */
export const COMMENT_MAX = 2000;
/** The moderator's reason for returning a status update. */
export const RETURN_COMMENT_MAX = COMMENT_MAX;
