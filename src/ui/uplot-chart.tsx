import { useEffect, useRef } from 'react';
import { uPlot } from './uplot';
import 'uplot/dist/uPlot.min.css';
import './uplot-chart.css';

/** The app's colours at draw time, so charts follow the light or dark theme. */
export type ChartColours = {
  text: string;
  muted: string;
  grid: string;
  primary: string;
  accent: string;
};

function readColours(): ChartColours {
  const style = getComputedStyle(document.documentElement);
  const value = (name: string) => style.getPropertyValue(name).trim();
  return {
    text: value('--text'),
    muted: value('--muted'),
    grid: value('--border'),
    primary: value('--primary'),
    accent: value('--accent'),
  };
}

export const CHART_HEIGHT = 200;

type UplotChartProps = {
  /** Builds the options for a width and the current colours. */
  options: (width: number, colours: ChartColours) => uPlot.Options;
  data: uPlot.AlignedData;
};

/**
 * A uPlot canvas sized to its container, drawn again when the container resizes, the device's
 * colour scheme changes or the person picks a theme (data-theme on <html>). The canvas is hidden
 * from screen readers: every chart sits next to a table with the same figures. Import this only
 * from a lazily loaded module so uPlot stays out of the first screen's JavaScript.
 */
export function UplotChart({ options, data }: UplotChartProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const target = box.current;
    if (!target) return;
    let chart: uPlot | null = null;
    const width = () => Math.max(200, target.clientWidth);
    const draw = () => {
      chart?.destroy();
      chart = new uPlot(options(width(), readColours()), data, target);
    };
    draw();
    const scheme = matchMedia('(prefers-color-scheme: dark)');
    scheme.addEventListener('change', draw);
    const theme = new MutationObserver(draw);
    theme.observe(document.documentElement, { attributeFilter: ['data-theme'] });
    const resize = new ResizeObserver(() => {
      chart?.setSize({ width: width(), height: CHART_HEIGHT });
    });
    resize.observe(target);
    return () => {
      scheme.removeEventListener('change', draw);
      theme.disconnect();
      resize.disconnect();
      chart?.destroy();
    };
  }, [options, data]);
  return <div ref={box} className="uplot-box" aria-hidden="true" />;
}
