import { joinIsoDate } from '@/components/ui/form-fields';
import { addEvidence } from '@/features/evidence/api';
import { EMPTY_EVIDENCE, EvidenceFields, evidenceFields, type EvidenceDraft } from '@/features/evidence/components/evidence-fields';
import type { EvidenceUpload } from '../components/update-editor';

/** Uploading a document with an update: the evidence feature's form and call, for the update editor. */
export function evidenceUpload(actionId: string): EvidenceUpload<EvidenceDraft> {
  return {
    empty: EMPTY_EVIDENCE,
    isEmpty: (d) => !d.file && !d.title.trim(),
    upload: async (d) =>
      (
        await addEvidence(actionId, {
          type: d.type,
          title: d.title,
          description: d.description,
          date: joinIsoDate(d.date),
          demonstratesImpact: d.demonstratesImpact,
          file: d.file ?? undefined,
        })
      ).id,
    fields: evidenceFields('evidence-'),
    render: (draft, onChange, errors) => <EvidenceFields prefix="evidence-" value={draft} onChange={onChange} errors={errors} />,
  };
}
