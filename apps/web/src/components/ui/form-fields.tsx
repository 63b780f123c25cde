import type { ReactNode } from 'react';

interface FieldBase {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Messages for this field; the first is shown. */
  errors?: string[];
  /** Makes the label a page heading (a one-question page). */
  labelClassName?: string;
}

function describedBy(id: string, hint: unknown, error: unknown, extra?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, extra ?? null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function ErrorMessage({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {message}
    </p>
  );
}

function Group({ error, children, className }: { error?: string; children: ReactNode; className?: string }) {
  return <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}${className ? ` ${className}` : ''}`}>{children}</div>;
}

/** The label, hint and error message above a field, with the ids its aria-describedby names. */
function FieldLabel({ id, label, hint, error, labelClassName }: Omit<FieldBase, 'errors'> & { error?: string }) {
  return (
    <>
      <label className={`govuk-label${labelClassName ? ` ${labelClassName}` : ''}`} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      )}
      <ErrorMessage id={`${id}-error`} message={error} />
    </>
  );
}

type InputProps = FieldBase & Omit<React.InputHTMLAttributes<HTMLInputElement>, 'id'> & { widthClass?: string };

export function TextInput({ id, label, hint, errors, labelClassName, widthClass, className, ...input }: InputProps) {
  const error = errors?.[0];
  return (
    <Group error={error}>
      <FieldLabel id={id} label={label} hint={hint} error={error} labelClassName={labelClassName} />
      <input
        id={id}
        name={id}
        className={`govuk-input${error ? ' govuk-input--error' : ''}${widthClass ? ` ${widthClass}` : ''}${className ? ` ${className}` : ''}`}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...input}
      />
    </Group>
  );
}

type TextareaProps = FieldBase & Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & { maxLength?: number };

/** A textarea that says how many characters are left when there is a limit (as GOV.UK's character count). */
export function Textarea({ id, label, hint, errors, labelClassName, maxLength, value, ...rest }: TextareaProps) {
  const error = errors?.[0];
  const length = typeof value === 'string' ? value.length : 0;
  const over = maxLength !== undefined && length > maxLength;
  return (
    <Group error={error}>
      <FieldLabel id={id} label={label} hint={hint} error={error} labelClassName={labelClassName} />
      <textarea
        id={id}
        name={id}
        className={`govuk-textarea${error || over ? ' govuk-textarea--error' : ''}`}
        rows={5}
        value={value}
        aria-describedby={describedBy(id, hint, error, maxLength !== undefined ? `${id}-info` : undefined)}
        aria-invalid={error ? true : undefined}
        {...rest}
      />
      {maxLength !== undefined && (
        <div id={`${id}-info`} className={`govuk-hint govuk-character-count__message${over ? ' govuk-error-message' : ''}`}>
          {over ? `You have ${length - maxLength} characters too many` : `You have ${maxLength - length} characters remaining`}
        </div>
      )}
    </Group>
  );
}

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

type SelectProps = FieldBase & Omit<React.SelectHTMLAttributes<HTMLSelectElement>, 'id'> & { options: Option[]; placeholder?: string };

export function Select({ id, label, hint, errors, labelClassName, options, placeholder, className, ...rest }: SelectProps) {
  const error = errors?.[0];
  return (
    <Group error={error} className={className}>
      <FieldLabel id={id} label={label} hint={hint} error={error} labelClassName={labelClassName} />
      <select
        id={id}
        name={id}
        className={`govuk-select${error ? ' govuk-select--error' : ''}`}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...rest}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Group>
  );
}

interface RadiosProps {
  /** The name; the first radio's id, so the error summary can link to it. */
  id: string;
  legend: ReactNode;
  legendClassName?: string;
  hint?: ReactNode;
  errors?: string[];
  options: Option[];
  value: string;
  onChange: (value: string) => void;
  small?: boolean;
}

export function Radios({ id, legend, legendClassName, hint, errors, options, value, onChange, small }: RadiosProps) {
  const error = errors?.[0];
  return (
    <Group error={error}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className={`govuk-fieldset__legend ${legendClassName ?? 'govuk-fieldset__legend--s'}`}>{legend}</legend>
        {hint && (
          <div id={`${id}-hint`} className="govuk-hint">
            {hint}
          </div>
        )}
        <ErrorMessage id={`${id}-error`} message={error} />
        <div className={`govuk-radios${small ? ' govuk-radios--small' : ''}`}>
          {options.map((o, i) => {
            const optionId = i === 0 ? id : `${id}-${i + 1}`;
            return (
              <div className="govuk-radios__item" key={o.value}>
                <input
                  className="govuk-radios__input"
                  id={optionId}
                  name={id}
                  type="radio"
                  value={o.value}
                  checked={value === o.value}
                  onChange={() => onChange(o.value)}
                  aria-describedby={o.hint ? `${optionId}-item-hint` : undefined}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={optionId}>
                  {o.label}
                </label>
                {o.hint && (
                  <div id={`${optionId}-item-hint`} className="govuk-hint govuk-radios__hint">
                    {o.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </Group>
  );
}

interface CheckboxesProps {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  options: Option[];
  values: string[];
  onChange: (values: string[]) => void;
}

export function Checkboxes({ id, legend, hint, errors, options, values, onChange }: CheckboxesProps) {
  const error = errors?.[0];
  return (
    <Group error={error}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div id={`${id}-hint`} className="govuk-hint">
            {hint}
          </div>
        )}
        <ErrorMessage id={`${id}-error`} message={error} />
        <div className="govuk-checkboxes govuk-checkboxes--small">
          {options.map((o, i) => {
            const optionId = i === 0 ? id : `${id}-${i + 1}`;
            const checked = values.includes(o.value);
            return (
              <div className="govuk-checkboxes__item" key={o.value}>
                <input
                  className="govuk-checkboxes__input"
                  id={optionId}
                  name={id}
                  type="checkbox"
                  value={o.value}
                  checked={checked}
                  onChange={() => onChange(checked ? values.filter((v) => v !== o.value) : [...values, o.value])}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={optionId}>
                  {o.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </Group>
  );
}

/** Splits `YYYY-MM-DD` into the three boxes of the GOV.UK date input. */
export function splitIsoDate(iso: string | null | undefined): { day: string; month: string; year: string } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1] } : { day: '', month: '', year: '' };
}

/**
 * Joins the three boxes into `YYYY-MM-DD` for the API, which decides whether it is a real date.
 * All empty gives null (no date); anything else is passed on as typed, padded, so the API can refuse it.
 */
export function joinIsoDate(parts: { day: string; month: string; year: string }): string | null {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return null;
  return `${year.padStart(4, '0')}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

interface DateInputProps {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  value: { day: string; month: string; year: string };
  onChange: (value: { day: string; month: string; year: string }) => void;
}

export function DateInput({ id, legend, hint, errors, value, onChange }: DateInputProps) {
  const error = errors?.[0];
  const part = (key: 'day' | 'month' | 'year', label: string, width: string) => {
    const partId = key === 'day' ? id : `${id}-${key}`;
    return (
      <div className="govuk-date-input__item">
        <div className="govuk-form-group">
          <label className="govuk-label govuk-date-input__label" htmlFor={partId}>
            {label}
          </label>
          <input
            className={`govuk-input govuk-date-input__input ${width}${error ? ' govuk-input--error' : ''}`}
            id={partId}
            name={`${id}-${key}`}
            type="text"
            inputMode="numeric"
            value={value[key]}
            onChange={(e) => onChange({ ...value, [key]: e.target.value })}
          />
        </div>
      </div>
    );
  };
  return (
    <Group error={error}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy(id, hint, error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div id={`${id}-hint`} className="govuk-hint">
            {hint}
          </div>
        )}
        <ErrorMessage id={`${id}-error`} message={error} />
        <div className="govuk-date-input">
          {part('day', 'Day', 'govuk-input--width-2')}
          {part('month', 'Month', 'govuk-input--width-2')}
          {part('year', 'Year', 'govuk-input--width-4')}
        </div>
      </fieldset>
    </Group>
  );
}

type FileUploadProps = FieldBase & Omit<React.InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'>;

export function FileUpload({ id, label, hint, errors, ...rest }: FileUploadProps) {
  const error = errors?.[0];
  return (
    <Group error={error}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      )}
      <ErrorMessage id={`${id}-error`} message={error} />
      <input
        id={id}
        name={id}
        type="file"
        className={`govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...rest}
      />
    </Group>
  );
}
