import type { Page } from 'playwright-core';
import { testState } from './environment';

export type DemoRole = 'plan_manager' | 'action_owner' | 'moderator' | 'admin' | 'board_member' | 'action_owner_health' | 'scrutiny' | 'adviser' | 'school_senco';

let authEnabled: boolean | undefined;

/** Whether the server has sign-in (older builds let everyone in). */
export async function hasSignIn(): Promise<boolean> {
  authEnabled ??= (await fetch(`${testState().baseUrl}/api/auth/me`)).status !== 404;
  return authEnabled;
}

/** The demo account for a role, with the DEMO_PASSWORD the app was started with. */
export function demoUser(role: DemoRole): { email: string; password: string } {
  const emails: Record<DemoRole, string> = {
    plan_manager: 'head.of.send@demo.example',
    action_owner: 'owner.education@demo.example',
    moderator: 'director@demo.example',
    admin: 'admin@demo.example',
    board_member: 'chair@demo.example',
    action_owner_health: 'owner.health@demo.example',
    scrutiny: 'scrutiny@demo.example',
    adviser: 'adviser@demo.example',
    school_senco: 'senco@demo.example',
  };
  return { email: emails[role], password: testState().demoPassword };
}

/** Signs in through the sign-in page, as a person would. */
export async function signInAs(page: Page, role: DemoRole): Promise<void> {
  if (!(await hasSignIn())) return;
  const { email, password } = demoUser(role);
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** A session cookie for calling the API directly from a test. */
export async function apiCookie(role: DemoRole): Promise<string | undefined> {
  if (!(await hasSignIn())) return undefined;
  const res = await fetch(`${testState().baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(demoUser(role)),
  });
  if (!res.ok) throw new Error(`Signing in as ${role} answered ${res.status}`);
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}
