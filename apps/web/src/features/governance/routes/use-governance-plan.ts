import { useQuery } from '@tanstack/react-query';
import { useMe } from '@/features/auth/api';
import { hasPolicy } from '@/features/auth/authorization';
import { getPlans, planKeys } from '@/features/plan/api';
import { useGovernanceBodies } from '../api';

/**
 * The plan whose meetings and reports the governance pages show: the first plan, as elsewhere in
 * the app. Scrutiny members may not list plans, so for them it is the plan of the governance
 * bodies they can see.
 */
export function useGovernancePlanId(): { planId: string | undefined; isPending: boolean; error: Error | null; noPlan: boolean } {
  const me = useMe();
  const signedIn = !!me.data;
  const readsPlan = hasPolicy(me.data, 'readPlan');
  const plans = useQuery({ queryKey: planKeys.list(), queryFn: getPlans, enabled: signedIn && readsPlan, staleTime: 5 * 60_000 });
  const bodies = useGovernanceBodies(undefined, signedIn && !readsPlan);
  const source = readsPlan ? plans : bodies;
  const planId = readsPlan ? plans.data?.items[0]?.id : bodies.data?.items[0]?.planId;
  return {
    planId,
    isPending: me.isPending || (signedIn && source.isPending),
    error: me.error ?? source.error,
    noPlan: source.isSuccess && !planId,
  };
}
