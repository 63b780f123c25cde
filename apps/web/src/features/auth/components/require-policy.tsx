import type { ReactNode } from 'react';
import { useMe } from '../api';
import type { Permission } from '@send/domain';
import { hasPolicy } from '../authorization';

/** Renders its children only for a user whose roles allow the policy. */
export function Can({ policy, children, fallback = null }: { policy: Permission; children: ReactNode; fallback?: ReactNode }) {
  const me = useMe();
  return <>{hasPolicy(me.data, policy) ? children : fallback}</>;
}

/** A whole page for some roles only: others are told, in words, that it is not for them. */
export function RequirePolicy({ policy, children }: { policy: Permission; children: ReactNode }) {
  const me = useMe();
  if (me.isPending) return null;
  if (!hasPolicy(me.data, policy)) {
    return (
      <div className="app-state">
        <h1 className="govuk-heading-l">You cannot see this page</h1>
        <p className="govuk-body">Your account does not give you access to this page. Ask your administrator if you need it.</p>
      </div>
    );
  }
  return <>{children}</>;
}
