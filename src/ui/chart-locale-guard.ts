// Evaluated before uPlot (src/ui/uplot.ts): its module reads navigator.language at once.
import { guardChartLocale } from './chart-locale';

if (typeof navigator !== 'undefined') guardChartLocale();
