import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { SCHOOL_PHASE_LABELS, SCHOOL_PHASES } from '@send/domain';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Radios, TextInput } from '@/components/ui/form-fields';
import { usePageTitle } from '@/components/ui/misc';
import { paths } from '@/config/paths';
import { toFormErrors } from '@/lib/form-errors';
import { RequirePolicy } from '@/features/auth/components/require-policy';
import { useCreateSchool } from '../api';

const PHASE_OPTIONS = SCHOOL_PHASES.map((p) => ({ value: p, label: SCHOOL_PHASE_LABELS[p] }));

/** Adds a school to the local area's list: its name, phase, URN and SENCO. */
export function NewSchoolRoute() {
  usePageTitle('Add a school');
  const navigate = useNavigate();
  const create = useCreateSchool();
  const [name, setName] = useState('');
  const [phase, setPhase] = useState('');
  const [urn, setUrn] = useState('');
  const [sencoName, setSencoName] = useState('');
  const errors = toFormErrors(create.error, [['name', 'school-name'], ['phase', 'school-phase'], ['urn', 'school-urn'], ['sencoName', 'school-senco']]);

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate(
      { name, phase: phase as (typeof SCHOOL_PHASES)[number], urn, sencoName: sencoName.trim() || null },
      { onSuccess: (s) => void navigate(paths.school.getHref(s.id)) },
    );
  }

  return (
    <RequirePolicy policy="reviewSchools">
      <Link className="govuk-back-link" to={paths.schools.getHref()}>Back to schools</Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors.summary} description={errors.general} />
          <h1 className="govuk-heading-l">Add a school</h1>
          <form onSubmit={submit} noValidate>
            <TextInput id="school-name" label="Name" value={name} onChange={(e) => setName(e.target.value)} errors={errors.byField.name} autoComplete="off" />
            <Radios id="school-phase" legend="Phase" options={PHASE_OPTIONS} value={phase} onChange={setPhase} errors={errors.byField.phase} small />
            <TextInput
              id="school-urn" label="URN" hint="The Department for Education's unique reference number: six digits" value={urn}
              onChange={(e) => setUrn(e.target.value)} errors={errors.byField.urn} inputMode="numeric" widthClass="govuk-input--width-10" autoComplete="off"
            />
            <TextInput id="school-senco" label="SENCO (optional)" hint="The name of the school's special educational needs coordinator" value={sencoName} onChange={(e) => setSencoName(e.target.value)} errors={errors.byField.sencoName} autoComplete="off" />
            <div className="govuk-button-group">
              <button type="submit" className="govuk-button" disabled={create.isPending}>Add school</button>
              <Link className="govuk-link" to={paths.schools.getHref()}>Cancel</Link>
            </div>
          </form>
        </div>
      </div>
    </RequirePolicy>
  );
}

export default NewSchoolRoute;
