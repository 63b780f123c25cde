import { DESCRIPTION_MAX, EVIDENCE_ALLOWED_EXTENSIONS, EVIDENCE_TYPE_LABELS, EVIDENCE_TYPES, TITLE_MAX, type EvidenceType } from '@send/domain';
import { DateInput, FileUpload, Select, Textarea, TextInput } from '@/components/ui/form-fields';

export interface EvidenceDraft {
  type: EvidenceType;
  title: string;
  description: string;
  date: { day: string; month: string; year: string };
  demonstratesImpact: boolean;
  file: File | null;
}

export const EMPTY_EVIDENCE: EvidenceDraft = {
  type: 'document',
  title: '',
  description: '',
  date: { day: '', month: '', year: '' },
  demonstratesImpact: false,
  file: null,
};

/** The API's field names for evidence, with the ids of the inputs below (prefixed). */
export const evidenceFields = (prefix: string) =>
  [
    ['type', `${prefix}type`],
    ['title', `${prefix}title`],
    ['description', `${prefix}description`],
    ['date', `${prefix}date`],
    ['demonstratesImpact', `${prefix}impact`],
    ['file', `${prefix}file`],
  ] as const;

/** The fields of one evidence item with its file (GOV.UK file upload). */
export function EvidenceFields({
  prefix,
  value,
  onChange,
  errors,
}: {
  prefix: string;
  value: EvidenceDraft;
  onChange: (v: EvidenceDraft) => void;
  errors: Record<string, string[] | undefined>;
}) {
  return (
    <>
      <FileUpload
        id={`${prefix}file`}
        label="Upload a file"
        hint="A PDF, Word, Excel, PowerPoint, OpenDocument, CSV, text or image file, smaller than 25MB."
        accept={EVIDENCE_ALLOWED_EXTENSIONS.join(',')}
        errors={errors.file}
        onChange={(e) => onChange({ ...value, file: e.target.files?.[0] ?? null, title: value.title || (e.target.files?.[0]?.name.replace(/\.[^.]+$/, '') ?? '') })}
      />
      <Select
        id={`${prefix}type`}
        label="Type of evidence"
        value={value.type}
        onChange={(e) => onChange({ ...value, type: e.target.value as EvidenceType })}
        options={EVIDENCE_TYPES.filter((t) => t !== 'link').map((t) => ({ value: t, label: EVIDENCE_TYPE_LABELS[t] }))}
        errors={errors.type}
      />
      <TextInput id={`${prefix}title`} label="Title" maxLength={TITLE_MAX} value={value.title} onChange={(e) => onChange({ ...value, title: e.target.value })} errors={errors.title} />
      <Textarea
        id={`${prefix}description`}
        label="What it shows (optional)"
        rows={3}
        maxLength={DESCRIPTION_MAX}
        value={value.description}
        onChange={(e) => onChange({ ...value, description: e.target.value })}
        errors={errors.description}
      />
      <DateInput id={`${prefix}date`} legend="Date of the evidence" hint="For example, 9 1 2025" value={value.date} onChange={(date) => onChange({ ...value, date })} errors={errors.date} />
      <div className={`govuk-form-group${errors.demonstratesImpact?.[0] ? ' govuk-form-group--error' : ''}`}>
        <div className="govuk-checkboxes govuk-checkboxes--small">
          <div className="govuk-checkboxes__item">
            <input
              className="govuk-checkboxes__input"
              id={`${prefix}impact`}
              type="checkbox"
              checked={value.demonstratesImpact}
              onChange={(e) => onChange({ ...value, demonstratesImpact: e.target.checked })}
            />
            <label className="govuk-label govuk-checkboxes__label" htmlFor={`${prefix}impact`}>
              This evidence shows impact on children and young people
            </label>
          </div>
        </div>
      </div>
    </>
  );
}
