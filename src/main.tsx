import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { startServiceWorker } from './app/service-worker';
import './app/styles.css';
import './ui/themes.css';
import { applyStoredTheme } from './features/settings/stored-theme';

// The last chosen theme, before anything renders, so a dark theme never flashes light.
applyStoredTheme();

const root = document.getElementById('root');
if (!root) throw new Error('index.html is missing its #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

startServiceWorker();
