export interface CategoryDatum {
  label: string;
  value: number;
  colour: string;
}
export interface CategoryChartProps {
  data: CategoryDatum[];
  height?: number;
}
export interface StackSeries {
  key: string;
  label: string;
  colour: string;
}
export interface StackedBarChartProps {
  rows: Array<{ label: string } & Record<string, number | string>>;
  series: StackSeries[];
  height?: number;
  labelWidth?: number;
}
export interface MeasurePoint {
  date: string;
  label: string;
  value: number | null;
  trajectory: number | null;
}
export interface MeasureChartProps {
  points: MeasurePoint[];
  targetValue: number | null;
  height?: number;
  formatValue?: (v: number) => string;
}
export interface SparklineProps {
  values: number[];
  height?: number;
}
