import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { SummaryList } from '@/components/ui/misc';
import { plural } from '@/lib/format';
import type { ImportPreview } from '../api';

/** What a committed import wrote, with the way to the plan it wrote to. */
export function ImportConfirmation({ preview, dashboardHref, againHref }: { preview: ImportPreview; dashboardHref: string; againHref: string }) {
  const result = preview.result;
  // The commit button this replaces had the focus: start from the confirmation instead.
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  if (!result) return null;
  return (
    <>
      <div className="govuk-panel govuk-panel--confirmation">
        <h1 className="govuk-panel__title" ref={title} tabIndex={-1}>
          Import complete
        </h1>
        <div className="govuk-panel__body">
          {plural(result.actions.new, 'action')} added and {plural(result.actions.changed, 'action')} updated in {preview.plan.title}
        </div>
      </div>
      <SummaryList
        rows={[
          { key: 'New actions', value: String(result.actions.new) },
          { key: 'Updated actions', value: String(result.actions.changed) },
          { key: 'Unchanged actions', value: String(result.actions.unchanged) },
          { key: 'New priority areas', value: String(result.priorityAreas.new) },
          { key: 'Renamed priority areas', value: String(result.priorityAreas.changed) },
          { key: 'New organisations', value: String(result.organisations.new) },
          { key: 'New owners', value: String(result.people.new) },
          { key: 'File', value: preview.fileName },
        ]}
      />
      <p className="govuk-body">
        <Link className="govuk-link" to={dashboardHref}>
          Go to the dashboard for {preview.plan.title}
        </Link>
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to={againHref}>
          Import another spreadsheet
        </Link>
      </p>
    </>
  );
}
