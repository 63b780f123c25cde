import { useEffect, useRef } from 'react';

export interface SummaryError {
  /** The id of the input to move to. */
  href: string;
  message: string;
}

/**
 * GOV.UK error summary: at the top of the form, focused when it appears, each message a link
 * that moves to its field.
 */
export function ErrorSummary({ errors, title = 'There is a problem', description }: { errors: SummaryError[]; title?: string; description?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const signature = errors.map((e) => `${e.href}:${e.message}`).join('|') + (description ?? '');
  useEffect(() => {
    if (errors.length > 0 || description) ref.current?.focus();
  }, [signature]); // eslint-disable-line react-hooks/exhaustive-deps -- focus moves when the messages change, not when a render passes a new array of the same messages
  if (errors.length === 0 && !description) return null;
  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          {description && <p className="govuk-body">{description}</p>}
          {errors.length > 0 && (
            <ul className="govuk-list govuk-error-summary__list">
              {errors.map((e) => (
                <li key={`${e.href}:${e.message}`}>
                  <a href={`#${e.href}`} onClick={(event) => focusField(event, e.href)}>
                    {e.message}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}

/** As govuk-frontend does: move focus to the field and bring its label or legend into view. */
function focusField(event: React.MouseEvent<HTMLAnchorElement>, id: string) {
  const input = document.getElementById(id);
  if (!input) return;
  event.preventDefault();
  const legendOrLabel = input.closest('fieldset')?.querySelector('legend') ?? document.querySelector(`label[for="${CSS.escape(id)}"]`);
  (legendOrLabel ?? input).scrollIntoView();
  input.focus({ preventScroll: true });
}
