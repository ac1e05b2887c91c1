// uPlot for the app's charts: import it from here, never from 'uplot' directly, so the locale
// guard runs first (modules are evaluated in import order). See ./chart-locale.ts.
import './chart-locale-guard';
import uPlot from 'uplot';

export { uPlot };
