// Recharts lives in its own chunk, loaded after the page's figures and tables are on screen.
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Line, LineChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { RAG_COLOURS } from '@send/domain';
import type { CategoryChartProps, MeasureChartProps, SparklineProps, StackedBarChartProps } from './types';

const TEXT = '#0b0c0c';
const GRID = '#b1b4b6';
const TRAJECTORY = RAG_COLOURS.blue.colour;
const FONT = { fontSize: 14, fill: TEXT };

/** One bar per category, its count written at its end. */
export function CategoryBarChart({ data, height }: CategoryChartProps) {
  return (
    <ResponsiveContainer width="100%" height={height ?? Math.max(120, data.length * 44 + 30)}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 40, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid horizontal={false} stroke={GRID} />
        <XAxis type="number" allowDecimals={false} tick={FONT} stroke={TEXT} />
        <YAxis type="category" dataKey="label" width={170} tick={FONT} stroke={TEXT} interval={0} />
        <Bar dataKey="value" isAnimationActive={false}>
          {data.map((d) => (
            <Cell key={d.label} fill={d.colour} />
          ))}
          <LabelList dataKey="value" position="right" fill={TEXT} fontSize={16} fontWeight={700} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Horizontal bars stacked by series, one row per category (e.g. BRAG by priority area). */
export function StackedBarChart({ rows, series, height, labelWidth = 200 }: StackedBarChartProps) {
  return (
    <ResponsiveContainer width="100%" height={height ?? rows.length * 40 + 40}>
      <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid horizontal={false} stroke={GRID} />
        <XAxis type="number" allowDecimals={false} tick={FONT} stroke={TEXT} />
        <YAxis type="category" dataKey="label" width={labelWidth} tick={FONT} stroke={TEXT} interval={0} />
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} stackId="stack" fill={s.colour} stroke="#ffffff" strokeWidth={1} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

/** A measure's values against its target trajectory and target. */
export function MeasureLineChart({ points, targetValue, height = 260, formatValue }: MeasureChartProps) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={points} margin={{ top: 12, right: 24, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid stroke={GRID} strokeDasharray="2 4" />
        <XAxis dataKey="label" tick={FONT} stroke={TEXT} minTickGap={16} />
        <YAxis tick={FONT} stroke={TEXT} width={56} tickFormatter={formatValue} domain={['auto', 'auto']} />
        {targetValue !== null && <ReferenceLine y={targetValue} stroke={TRAJECTORY} strokeWidth={2} strokeDasharray="8 4" />}
        <Line dataKey="trajectory" name="Trajectory" stroke={TRAJECTORY} strokeWidth={2} strokeDasharray="4 4" dot={false} connectNulls isAnimationActive={false} />
        <Line dataKey="value" name="Actual" stroke={TEXT} strokeWidth={3} dot={{ r: 4, fill: TEXT }} connectNulls isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}

/** A tiny trend line for a tile: no axes, the figures are printed beside it. */
export function Sparkline({ values, height = 40 }: SparklineProps) {
  const data = values.map((value, i) => ({ i, value }));
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={data} margin={{ top: 4, right: 4, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <YAxis hide domain={['dataMin', 'dataMax']} />
        <Line dataKey="value" stroke={TEXT} strokeWidth={2} dot={false} isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}
