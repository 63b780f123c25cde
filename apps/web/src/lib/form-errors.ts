import { isApiError } from './api-client';

export interface SummaryItem {
  href: string;
  message: string;
}

export interface FormErrors {
  /** Messages per form field, keyed by the API's field name. */
  byField: Record<string, string[]>;
  /** One link per message, in the order of the form's fields, for the error summary. */
  summary: SummaryItem[];
  /** A message that belongs to no field (refusal, conflict, failure), for the summary's text. */
  general?: string;
}

const NONE: FormErrors = { byField: {}, summary: [] };

/** "title must not be empty" -> "Title must not be empty". */
function sentence(message: string): string {
  return message ? message[0].toUpperCase() + message.slice(1) : message;
}

/**
 * Maps an API error onto a form. `fields` lists the API's field names in the order the form shows
 * them, each with the id of the input to link to. A message for `values.0.value` belongs to the
 * field `values` when there is no closer match. Messages for fields the form does not show go
 * into `general`, so nothing the server said is lost.
 */
export function toFormErrors(error: unknown, fields: ReadonlyArray<readonly [apiField: string, inputId: string]>): FormErrors {
  if (!error) return NONE;
  if (!isApiError(error)) return { ...NONE, general: 'Sorry, there is a problem with the service. Try again later.' };
  const byField: Record<string, string[]> = {};
  const unmatched: string[] = [];
  for (const fe of error.fieldErrors) {
    const match = fields
      .filter(([name]) => fe.field === name || fe.field.startsWith(`${name}.`))
      .sort((a, b) => b[0].length - a[0].length)[0];
    if (!match) {
      unmatched.push(sentence(fe.message));
      continue;
    }
    (byField[match[0]] ??= []).push(sentence(fe.message));
  }
  const summary = fields.flatMap(([name, inputId]) => (byField[name] ?? []).map((message) => ({ href: inputId, message })));
  let general: string | undefined;
  if (error.status === 409) general = undefined; // The form explains a conflict with the newer version.
  else if (unmatched.length > 0) general = unmatched.join(' ');
  else if (summary.length === 0) general = sentence(error.message);
  return { byField, summary, general };
}
