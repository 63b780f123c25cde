import { useRef, useState, type FormEvent } from 'react';
import { IMPORT_MAX_BYTES } from '@send/domain';
import { ErrorSummary } from '@/components/ui/error-summary';
import { FileUpload, Radios, TextInput } from '@/components/ui/form-fields';
import { usePageTitle } from '@/components/ui/misc';
import { toFormErrors, type FormErrors } from '@/lib/form-errors';
import { useUploadImport, type ImportPreview } from '../api';
import { UploadProgress } from './upload-progress';

const NEW_PLAN = 'new';
const MAX_MB = Math.round(IMPORT_MAX_BYTES / 1024 / 1024);

/** The API's field names, in the order the form shows them, with the input each links to. */
const FIELDS = [
  ['planId', 'plan'],
  ['title', 'title'],
  ['localArea', 'localArea'],
  ['file', 'file'],
] as const;

export interface PlanOption {
  id: string;
  title: string;
  localArea: string;
}

/**
 * Step one of an import: which plan the spreadsheet is for, and the file. Nothing is written to
 * the plan: the API reads the file and answers a preview to check.
 */
export function UploadForm({ plans, onUploaded }: { plans: PlanOption[]; onUploaded: (preview: ImportPreview) => void }) {
  const [choice, setChoice] = useState('');
  const [title, setTitle] = useState('');
  const [localArea, setLocalArea] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [sent, setSent] = useState<number | null>(null);
  const [localErrors, setLocalErrors] = useState<FormErrors | null>(null);
  const lastShown = useRef(-1);
  const upload = useUploadImport({ onSuccess: onUploaded });

  const errors = localErrors ?? toFormErrors(upload.error, FIELDS);
  const hasErrors = errors.summary.length > 0 || !!errors.general;
  usePageTitle('Import a plan from a spreadsheet', hasErrors);

  // Progress events come many times a second; announce every tenth of the way, and the end.
  const onProgress = (share: number) => {
    const percent = Math.floor(share * 100);
    if (percent === 100 || lastShown.current < 0 || percent - lastShown.current >= 10) {
      lastShown.current = percent;
      setSent(percent);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (upload.isPending) return;
    // Only what the server cannot know is checked here: which option was picked, and a file too big to send.
    const local: FormErrors = { byField: {}, summary: [] };
    const add = (field: string, href: string, message: string) => {
      (local.byField[field] ??= []).push(message);
      local.summary.push({ href, message });
    };
    if (!choice) add('planId', 'plan', 'Select the plan this spreadsheet is for, or a new plan');
    if (!file) add('file', 'file', 'Select the spreadsheet to import (.xlsx or .csv)');
    else if (file.size > IMPORT_MAX_BYTES) {
      add('file', 'file', `The file is larger than ${MAX_MB} MB. A tracker is usually well under 1 MB: remove embedded pictures, or save it as .csv.`);
    }
    if (local.summary.length > 0) {
      upload.reset();
      setLocalErrors(local);
      return;
    }
    setLocalErrors(null);
    lastShown.current = -1;
    setSent(0);
    upload.mutate({
      target: choice === NEW_PLAN ? { title, localArea } : { planId: choice },
      file,
      onProgress,
    });
  };

  const options = [
    ...plans.map((p) => ({ value: p.id, label: p.title, hint: `Update this plan (${p.localArea})` })),
    { value: NEW_PLAN, label: 'A new plan', hint: 'Create a plan from the spreadsheet' },
  ];

  return (
    <>
      <ErrorSummary errors={errors.summary} description={errors.general} />
      <h1 className="govuk-heading-l">Import a plan from a spreadsheet</h1>
      <p className="govuk-body">
        Upload the action plan tracker as an Excel workbook (.xlsx) or a CSV file. You will see what it would add and change, and any
        problems to resolve, before anything is saved.
      </p>
      <form onSubmit={submit} noValidate>
        <Radios
          id="plan"
          legend="Which plan is this spreadsheet for?"
          legendClassName="govuk-fieldset__legend--m"
          hint="Rows whose reference is already in the plan update those actions; other rows add actions."
          options={options}
          value={choice}
          onChange={(v) => setChoice(v)}
          errors={errors.byField.planId}
        />
        {choice === NEW_PLAN && (
          <div className="app-conditional">
            <TextInput id="title" label="Title of the new plan" value={title} onChange={(e) => setTitle(e.target.value)} errors={errors.byField.title} />
            <TextInput
              id="localArea"
              label="Local area"
              hint="For example, Plymouth"
              widthClass="govuk-input--width-20"
              value={localArea}
              onChange={(e) => setLocalArea(e.target.value)}
              errors={errors.byField.localArea}
            />
          </div>
        )}
        <FileUpload
          id="file"
          label={<span className="govuk-label--m">Upload the spreadsheet</span>}
          hint={`An .xlsx or .csv file, at most ${MAX_MB} MB. The first sheet with column headings such as Ref, Action, Lead and RAG is read.`}
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          errors={errors.byField.file}
        />
        <UploadProgress active={upload.isPending} percent={sent} />
        <button type="submit" className="govuk-button" aria-disabled={upload.isPending || undefined}>
          Upload and check
        </button>
      </form>
    </>
  );
}
