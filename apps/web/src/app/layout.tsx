import { useEffect, useRef, useState } from 'react';
import { Link, Navigate, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { Loading, ErrorState } from '@/components/ui/page-state';
import { SERVICE_NAME } from '@/components/ui/misc';
import { paths } from '@/config/paths';
import { NARROW_SCREEN, useMediaQuery } from '@/lib/use-media-query';
import { useMe, useSignOut } from '@/features/auth/api';
import { hasPolicy } from '@/features/auth/authorization';
import { NotificationsLink } from '@/features/notification/components/notifications-link';
import { isOnPage, sectionOf, visibleSections, type NavSection } from './navigation';

function Header() {
  const me = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const user = me.data;
  return (
    <header className="govuk-header app-header" data-module="govuk-header">
      <div className="govuk-header__container govuk-width-container app-header__container">
        <div className="govuk-header__logo">
          <Link to={paths.home.getHref()} className="govuk-header__link govuk-header__homepage-link">
            <span className="app-header__title">Local Area SEND Partnership</span>
          </Link>
        </div>
        {user && (
          <div className="app-header__user">
            <span className="app-header__name">
              <span className="govuk-visually-hidden">Signed in as </span>
              {user.displayName}
            </span>
            <NotificationsLink signedIn />
            <button
              type="button"
              className="app-header__sign-out"
              onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate(paths.signIn.getHref(), { replace: true }) })}
            >
              Sign out
            </button>
          </div>
        )}
      </div>
    </header>
  );
}

function ServiceNavigation() {
  const me = useMe();
  const user = me.data;
  const sections = visibleSections((policy) => (policy === 'installation' ? !!user?.installationAdmin : hasPolicy(user, policy)));
  // On a phone the menu folds behind a button, as GOV.UK's service navigation does, and closes
  // again when a page is chosen.
  const narrow = useMediaQuery(NARROW_SCREEN);
  // The menu stays open only on the page where it was opened.
  const { pathname } = useLocation();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const folded = narrow && !open;
  const current = sectionOf(sections, pathname);
  return (
    <section aria-label="Service information" className="govuk-service-navigation">
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <span className="govuk-service-navigation__service-name">
            <Link to={paths.home.getHref()} className="govuk-service-navigation__link">
              {SERVICE_NAME}
            </Link>
          </span>
          {user && (
            <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
              <button
                type="button"
                className="govuk-service-navigation__toggle"
                aria-controls="navigation"
                aria-expanded={open}
                hidden={!narrow}
                onClick={() => setOpenOn(open ? null : pathname)}
              >
                Menu
              </button>
              <ul className="govuk-service-navigation__list" id="navigation" hidden={folded}>
                {sections.map((section) => {
                  const active = section === current;
                  return (
                    <li className={`govuk-service-navigation__item${active ? ' govuk-service-navigation__item--active' : ''}`} key={section.label}>
                      <Link to={section.pages[0].to} className="govuk-service-navigation__link" aria-current={active ? 'true' : undefined}>
                        {active ? <strong className="govuk-service-navigation__active-fallback">{section.label}</strong> : section.label}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </nav>
          )}
        </div>
      </div>
      {user && current && current.pages.length > 1 && <SectionNavigation section={current} pathname={pathname} />}
    </section>
  );
}

/** The pages of the current section, in a second row. */
function SectionNavigation({ section, pathname }: { section: NavSection; pathname: string }) {
  return (
    <div className="govuk-width-container">
      <nav aria-label={section.label} className="app-section-navigation">
        <ul className="app-section-navigation__list">
          {section.pages.map((page) => {
            const here = isOnPage(pathname, page);
            return (
              <li className={`app-section-navigation__item${here ? ' app-section-navigation__item--current' : ''}`} key={page.to}>
                <NavLink to={page.to} end={page.end} className="govuk-link govuk-link--no-visited-state app-section-navigation__link" aria-current={here ? 'page' : undefined}>
                  {page.label}
                </NavLink>
              </li>
            );
          })}
        </ul>
      </nav>
    </div>
  );
}

function Footer() {
  // The API documentation is for signed-in users only.
  const signedIn = !!useMe().data;
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            {signedIn && (
              <>
                <h2 className="govuk-visually-hidden">Support links</h2>
                <ul className="govuk-footer__inline-list">
                  <li className="govuk-footer__inline-list-item">
                    <a className="govuk-footer__link" href="/api/docs">
                      API documentation
                    </a>
                  </li>
                </ul>
              </>
            )}
            <p className="govuk-body-s govuk-!-margin-bottom-0">
              A tracker for the local area SEND Improvement Plan: one source for its status, evidence and measures.
            </p>
          </div>
        </div>
      </div>
    </footer>
  );
}

/** Moves focus to the main content after each navigation, so keyboard and screen reader users start there. */
function useFocusOnNavigate() {
  const location = useLocation();
  const ref = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    ref.current?.focus({ preventScroll: true });
  }, [location.pathname]);
  return ref;
}

export function AppLayout() {
  const me = useMe();
  const location = useLocation();
  const mainRef = useFocusOnNavigate();
  // Pages for people who are not signed in.
  const onSignIn = location.pathname === paths.signIn.path || location.pathname === paths.resetPassword.path || location.pathname === paths.unsubscribe.path;

  let content = <Outlet />;
  if (me.isPending) content = <Loading label="Loading the service" />;
  else if (me.isError) content = <ErrorState error={me.error} onRetry={() => void me.refetch()} heading />;
  else if (!me.data && !onSignIn) {
    const here = `${location.pathname}${location.search}`;
    content = <Navigate to={paths.signIn.getHref(here === '/' ? undefined : here)} replace />;
  }

  return (
    <>
      <a href="#main-content" className="govuk-skip-link">
        Skip to main content
      </a>
      <Header />
      <ServiceNavigation />
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content" ref={mainRef} tabIndex={-1}>
          {content}
        </main>
      </div>
      <Footer />
    </>
  );
}
