/** The traffic-light palette, one place for cells, charts and the task pane. */
import type { TrafficLight } from './model';

/** Cell flags: Excel's own Good / Neutral / Bad styles, which controllers already read at a glance. */
export const flagFill: Readonly<Record<TrafficLight, string>> = {
  green: '#C6EFCE',
  yellow: '#FFEB9C',
  red: '#FFC7CE',
};

export const flagFont: Readonly<Record<TrafficLight, string>> = {
  green: '#006100',
  yellow: '#9C5700',
  red: '#9C0006',
};

/** Chart series and strong accents. */
export const chartColour: Readonly<Record<TrafficLight, string>> = {
  green: '#2E7D32',
  yellow: '#F2B705',
  red: '#C62828',
};

/** IBCS-style scenarios: prior year lighter grey, plan outlined dark grey, forecast distinct. */
export const scenarioColour = {
  priorYear: '#BFBFBF',
  plan: '#595959',
  actual: '#1F3864',
  forecast: '#2F75B5',
} as const;
