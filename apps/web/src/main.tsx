import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.scss';
import 'virtual:rag-colours.css';
import { AppProvider } from './app/provider';
import { AppRouter } from './app/router';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProvider>
      <AppRouter />
    </AppProvider>
  </StrictMode>,
);
