import { lazy, Suspense, type ComponentType } from 'react';
import type { CategoryChartProps, MeasureChartProps, SparklineProps, StackedBarChartProps } from './types';

export type * from './types';

const load = () => import('./recharts-charts');

function lazyChart<P extends object>(pick: (m: Awaited<ReturnType<typeof load>>) => ComponentType<P>, minHeight: string) {
  const Lazy = lazy(() => load().then((m) => ({ default: pick(m) })));
  return function Chart(props: P) {
    // The placeholder keeps the chart's space, so the page does not jump when Recharts arrives.
    return (
      <Suspense fallback={<div className={`app-chart-placeholder ${minHeight}`} />}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}

export const CategoryBarChart = lazyChart<CategoryChartProps>((m) => m.CategoryBarChart, 'app-chart-placeholder--m');
export const StackedBarChart = lazyChart<StackedBarChartProps>((m) => m.StackedBarChart, 'app-chart-placeholder--l');
export const MeasureLineChart = lazyChart<MeasureChartProps>((m) => m.MeasureLineChart, 'app-chart-placeholder--m');
export const Sparkline = lazyChart<SparklineProps>((m) => m.Sparkline, 'app-chart-placeholder--s');
