import { can, type Role } from '@send/domain';
import { isOnPage, sectionOf, visibleSections, type NavPolicy } from '../navigation';

const as = (roles: Role[], installationAdmin = false) => (policy: NavPolicy) => (policy === 'installation' ? installationAdmin : can(roles, policy));

describe('the menu', () => {
  it('gives each role only the sections holding a page it may open', () => {
    const scrutiny = visibleSections(as(['scrutiny']));
    expect(scrutiny.map((s) => s.label)).toEqual(['Governance']);
    expect(scrutiny[0].pages.map((p) => p.label)).toEqual(['Meetings', 'Reports']);
    expect(visibleSections(as(['board_member'])).some((s) => s.label === 'Admin')).toBe(false);
    // A section left with one page is that page.
    expect(visibleSections(as(['plan_manager'])).map((s) => s.label)).toContain('Import');
  });

  it('keeps the top row short for an installation administrator who is also the Head of SEND', () => {
    const sections = visibleSections(as(['admin', 'plan_manager'], true));
    expect(sections.length).toBeLessThanOrEqual(9);
    expect(sections.find((s) => s.label === 'Admin')?.pages.map((p) => p.label)).toEqual(['Users', 'Import', 'Outbox', 'Installation']);
  });

  it('finds the section of a page, of the pages below it, and of pages reached from it', () => {
    const sections = visibleSections(as(['admin', 'plan_manager'], true));
    expect(sectionOf(sections, '/meetings/123')?.label).toBe('Governance');
    expect(sectionOf(sections, '/admin/local-areas')?.label).toBe('Admin');
    expect(sectionOf(sections, '/')?.label).toBe('Dashboard');
    expect(sectionOf(sections, '/actions/1')).toBeUndefined();
  });

  it('marks the dashboard current on its own path only', () => {
    expect(isOnPage('/', { to: '/', end: true })).toBe(true);
    expect(isOnPage('/delivery', { to: '/', end: true })).toBe(false);
    expect(isOnPage('/meetings/abc', { to: '/meetings' })).toBe(true);
    expect(isOnPage('/meetingsx', { to: '/meetings' })).toBe(false);
  });
});
