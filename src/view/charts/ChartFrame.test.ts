import { describe, expect, it } from 'vitest';
import { CHART_MARGIN, plotSizeOf } from './ChartFrame';

describe('a chart’s plot area', () => {
  it('is what the margins leave of the chart', () => {
    expect(plotSizeOf(400, 300)).toEqual({
      plotWidth: 400 - CHART_MARGIN.left - CHART_MARGIN.right,
      plotHeight: 300 - CHART_MARGIN.top - CHART_MARGIN.bottom,
    });
  });

  it('is empty, never negative, for a chart measured before its container is laid out', () => {
    expect(plotSizeOf(0, 0)).toEqual({ plotWidth: 0, plotHeight: 0 });
  });
});
