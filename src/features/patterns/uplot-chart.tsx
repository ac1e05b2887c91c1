import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/** The app's colours at draw time, so charts follow the light or dark scheme. */
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

const HEIGHT = 200;

type UplotChartProps = {
  /** Builds the options for a width and the current colours. */
  options: (width: number, colours: ChartColours) => uPlot.Options;
  data: uPlot.AlignedData;
};

/**
 * A uPlot canvas sized to its container. It is drawn again when the container resizes or the
 * colour scheme changes. The canvas is hidden from screen readers: each chart sits next to a
 * table with the same figures.
 */
export function UplotChart({ options, data }: UplotChartProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const target = box.current;
    if (!target) return;
    let chart: uPlot | null = null;
    const draw = () => {
      chart?.destroy();
      chart = new uPlot(options(Math.max(200, target.clientWidth), readColours()), data, target);
    };
    draw();
    const scheme = matchMedia('(prefers-color-scheme: dark)');
    scheme.addEventListener('change', draw);
    const resize = new ResizeObserver(() => {
      chart?.setSize({ width: Math.max(200, target.clientWidth), height: HEIGHT });
    });
    resize.observe(target);
    return () => {
      scheme.removeEventListener('change', draw);
      resize.disconnect();
      chart?.destroy();
    };
  }, [options, data]);
  return <div ref={box} className="uplot-box" aria-hidden="true" />;
}

export const CHART_HEIGHT = HEIGHT;
