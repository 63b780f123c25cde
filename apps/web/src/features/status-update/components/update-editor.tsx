import { useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { ApiError, isApiError } from '@/lib/api-client';
import { toFormErrors } from '@/lib/form-errors';
import { useSaveUpdate, type StatusUpdate, type UpdateContent } from '../api';
import { UpdateForm, type EvidenceOption } from './update-form';

/** Evidence upload is passed in by the route (it belongs to the evidence feature). */
export interface EvidenceUpload<D> {
  empty: D;
  isEmpty: (draft: D) => boolean;
  /** Uploads the draft; resolves to the new evidence id. Rejects with the API's error. */
  upload: (draft: D) => Promise<string>;
  fields: ReadonlyArray<readonly [string, string]>;
  render: (draft: D, onChange: (d: D) => void, errors: Record<string, string[] | undefined>) => React.ReactNode;
}

/** An error from the upload, with its field names marked so the form shows them by the upload fields. */
function uploadError(error: unknown): unknown {
  if (!isApiError(error)) return error;
  return new ApiError(error.status, error.message, error.fieldErrors.map((f) => ({ ...f, field: `evidence.${f.field}` })), error.current);
}

export function UpdateEditor<D>({
  actionId,
  existing,
  initial,
  evidence,
  upload,
  heading,
  caption,
  intro,
  onSaving,
}: {
  actionId: string;
  existing?: Pick<StatusUpdate, 'id' | 'version'>;
  initial: UpdateContent;
  evidence: EvidenceOption[];
  upload: EvidenceUpload<D>;
  heading: string;
  caption: string;
  intro?: React.ReactNode;
  /** Told when a save starts, before anything is written. */
  onSaving?: () => void;
}) {
  const navigate = useNavigate();
  const save = useSaveUpdate();
  const [draft, setDraft] = useState<D>(upload.empty);
  const [uploadFailure, setUploadFailure] = useState<unknown>(null);
  const [uploading, setUploading] = useState(false);
  const error = (uploadFailure as Error | null) ?? save.error;
  const uploadFields = upload.fields.map(([api, id]) => [`evidence.${api}`, id] as const);
  const uploadErrors = Object.fromEntries(
    Object.entries(toFormErrors(uploadFailure, uploadFields).byField).map(([k, v]) => [k.replace(/^evidence\./, ''), v]),
  );

  const onSave = async (content: UpdateContent, submit: boolean) => {
    setUploadFailure(null);
    save.reset();
    onSaving?.();
    let evidenceIds = content.evidenceIds;
    if (!upload.isEmpty(draft)) {
      setUploading(true);
      try {
        const id = await upload.upload(draft);
        evidenceIds = [...evidenceIds, id];
        setDraft(upload.empty);
      } catch (e) {
        setUploadFailure(uploadError(e));
        return;
      } finally {
        setUploading(false);
      }
    }
    save.mutate(
      { actionId, existing, content: { ...content, evidenceIds }, submit },
      {
        onSuccess: (u) =>
          navigate(paths.update.getHref(u.id), {
            state: { flash: submit ? 'Your update has been submitted for moderation.' : 'Your update has been saved as a draft.' },
          }),
      },
    );
  };

  return (
    <UpdateForm
      initial={initial}
      evidence={evidence}
      error={error}
      extraFields={uploadFields}
      isPending={save.isPending || uploading}
      onSave={(c, s) => void onSave(c, s)}
      cancelHref={existing ? paths.update.getHref(existing.id) : paths.action.getHref(actionId)}
      heading={heading}
      caption={caption}
      intro={intro}
      evidenceSlot={upload.render(draft, setDraft, uploadErrors)}
    />
  );
}

