import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createHqI18n } from './i18n.ts';
import { Root } from './root.tsx';
import { useHq } from './store.ts';
import './styles.css';

const i18n = createHqI18n(useHq.getState().lang);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <Root />
    </I18nextProvider>
  </StrictMode>,
);
