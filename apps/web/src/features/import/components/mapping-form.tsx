import { useState, type FormEvent } from 'react';
import type { ImportField, ImportMapping } from '@send/domain';
import { Select } from '@/components/ui/form-fields';
import type { ImportPreview } from '../api';

/** The id of a field's select, for links from error summaries and problems. */
export const mappingInputId = (field: string) => `mapping-${field}`;

const NOT_IN_FILE = '';

/**
 * Which column holds which field: one select per field the import reads. The preview is worked
 * out again when the person asks for it (not on every change of a select), so moving through the
 * options with the keyboard never rewrites the page.
 */
export function MappingForm({
  preview,
  errors,
  pending,
  onSubmit,
}: {
  preview: ImportPreview;
  errors: Record<string, string[]>;
  pending: boolean;
  onSubmit: (mapping: ImportMapping) => void;
}) {
  const fromPreview = () =>
    Object.fromEntries(preview.fields.map((f) => [f.field, f.column === null ? NOT_IN_FILE : String(f.column)])) as Record<ImportField, string>;
  const [draft, setDraft] = useState(fromPreview);
  // A new preview (from any change) resets the choices to what the API now holds.
  const [version, setVersion] = useState(preview.version);
  if (version !== preview.version) {
    setVersion(preview.version);
    setDraft(fromPreview());
  }
  const options = preview.columns.map((c) => ({
    value: String(c.index),
    label: `Column ${c.letter}: ${c.header || '(no heading)'}`,
  }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (pending) return;
    const mapping = Object.fromEntries(
      Object.entries(draft).map(([field, value]) => [field, value === NOT_IN_FILE ? null : Number(value)]),
    ) as ImportMapping;
    onSubmit(mapping);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="columns-heading">
      <p className="govuk-body">
        The columns were matched by their headings. Change any that are wrong, then update the preview. A column can hold only one field.
      </p>
      <div className="app-mapping">
        {preview.fields.map((f) => (
          <Select
            key={f.field}
            id={mappingInputId(f.field)}
            label={f.label}
            hint={f.required ? 'Every action needs this' : undefined}
            value={draft[f.field]}
            onChange={(e) => setDraft({ ...draft, [f.field]: e.target.value })}
            options={[{ value: NOT_IN_FILE, label: 'Not in this file' }, ...options]}
            errors={errors[`mapping.${f.field}`]}
          />
        ))}
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary" aria-disabled={pending || undefined}>
        Use these columns
      </button>
    </form>
  );
}
