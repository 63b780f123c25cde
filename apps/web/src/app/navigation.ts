import type { Permission } from '@send/domain';
import { paths } from '@/config/paths';

/** Who may see a page in the menu: a permission from the domain's table, or the installation's administrators. */
export type NavPolicy = Permission | 'installation';

export interface NavPage {
  label: string;
  to: string;
  policy: NavPolicy;
  /** Marks the page current only on its own path, not on the paths below it. */
  end?: boolean;
}

export interface NavSection {
  label: string;
  pages: NavPage[];
  /** The paths that belong to the section beyond its pages' own (pages reached from them). */
  alsoUnder?: string[];
}

/**
 * The menu, grouped the way a partnership's work is: a section for each habit (the plan, readiness for
 * inspection, the voice of families, governance, schools, administration). A section with one page is a link;
 * a section with several shows its pages in a second row on those pages.
 */
export const NAV_SECTIONS: NavSection[] = [
  { label: 'Local areas', pages: [{ label: 'Local areas', to: paths.localAreas.getHref(), policy: 'compareLocalAreas' }] },
  { label: 'Dashboard', pages: [{ label: 'Dashboard', to: paths.home.getHref(), policy: 'readPlan', end: true }] },
  { label: 'Delivery', pages: [{ label: 'Delivery', to: paths.delivery.getHref(), policy: 'readPlan' }] },
  { label: 'Measures', pages: [{ label: 'Measures', to: paths.measures.getHref(), policy: 'readPlan' }] },
  {
    label: 'Readiness',
    pages: [
      { label: 'Findings', to: paths.readiness.getHref(), policy: 'readInspections' },
      { label: 'Self-evaluation', to: paths.selfEvaluation.getHref(), policy: 'readPlan' },
      { label: 'Critical reviews', to: paths.criticalReviews.getHref(), policy: 'readPlan' },
      { label: 'Case audits', to: paths.caseAudits.getHref(), policy: 'readCaseAuditSummary' },
    ],
  },
  {
    label: 'Voice',
    pages: [
      { label: 'You said, we did', to: paths.voice.getHref(), policy: 'readPlan' },
      { label: 'Public summary', to: paths.publishSummary.getHref(), policy: 'publishPublicSummary' },
    ],
  },
  {
    label: 'Governance',
    pages: [
      { label: 'Meetings', to: paths.meetings.getHref(), policy: 'readMeetings' },
      { label: 'Decisions', to: paths.decisions.getHref(), policy: 'readDecisions' },
      { label: 'Reports', to: paths.reports.getHref(), policy: 'readReports' },
    ],
  },
  { label: 'Schools', pages: [{ label: 'Schools', to: paths.schools.getHref(), policy: 'readSchoolReviews' }], alsoUnder: ['/self-reviews', '/school-audits'] },
  {
    label: 'Admin',
    pages: [
      { label: 'Users', to: paths.users.getHref(), policy: 'manageUsers' },
      { label: 'Import', to: paths.importPlan.getHref(), policy: 'importPlan' },
      { label: 'Outbox', to: paths.outbox.getHref(), policy: 'manageUsers' },
      // The installation's administrators only, whatever their roles.
      { label: 'Installation', to: paths.installation.getHref(), policy: 'installation' },
    ],
  },
];

const pathOf = (to: string) => to.split('?')[0];

/** Whether `pathname` is the page's path or (unless `end`) below it. */
export function isOnPage(pathname: string, page: Pick<NavPage, 'to' | 'end'>): boolean {
  const path = pathOf(page.to);
  if (page.end || path === '/') return pathname === path;
  return pathname === path || pathname.startsWith(`${path}/`);
}

/**
 * The sections a person sees, each holding only the pages they may open; a section with none is left out,
 * and a section left with one page is named after it (the Head of SEND's only administration page is Import).
 */
export function visibleSections(allowed: (policy: NavPolicy) => boolean): NavSection[] {
  return NAV_SECTIONS.map((s) => ({ ...s, pages: s.pages.filter((p) => allowed(p.policy)) }))
    .filter((s) => s.pages.length > 0)
    .map((s) => (s.pages.length === 1 ? { ...s, label: s.pages[0].label } : s));
}

/** The section the page at `pathname` belongs to, if any. */
export function sectionOf(sections: NavSection[], pathname: string): NavSection | undefined {
  return sections.find(
    (s) => s.pages.some((p) => isOnPage(pathname, p)) || (s.alsoUnder ?? []).some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`)),
  );
}
