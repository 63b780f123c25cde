import { useEffect, useState } from 'react';

interface Health {
  status: string;
  database: string;
}

/** A first page: the service header and a live check that the API and database answer. */
export function App() {
  const [health, setHealth] = useState<Health | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    fetch('/api/health')
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then(setHealth)
      .catch(() => setFailed(true));
  }, []);

  return (
    <>
      <a href="#main-content" className="govuk-skip-link">Skip to main content</a>
      <header className="govuk-header" role="banner">
        <div className="govuk-header__container govuk-width-container">
          <span className="govuk-header__link govuk-header__service-name">SEND Improvement Plan tracker</span>
        </div>
      </header>
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content" role="main">
          <h1 className="govuk-heading-xl">Plymouth Local Area SEND Improvement Plan</h1>
          <p className="govuk-body-l">The board dashboard is on its way. The API is documented at <a className="govuk-link" href="/api/docs">/api/docs</a>.</p>
          <p className="govuk-body" role="status">
            {failed ? 'The service is not answering.' : health ? `Service status: ${health.status}, database ${health.database}.` : 'Checking the service…'}
          </p>
        </main>
      </div>
    </>
  );
}
