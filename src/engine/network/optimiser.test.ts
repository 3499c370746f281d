import { describe, expect, it } from 'vitest';
import { createOptimiser } from './optimiser';

describe('the optimisers', () => {
  it('take Adam’s first two steps as worked by hand', () => {
    const adam = createOptimiser('adam', 2);
    const params = Float64Array.of(1, -2);
    // Step 1: m = 0.1·g, v = 0.001·g², corrected back to g and g²: each parameter moves lr
    // against the sign of its gradient (less ε's share): 1 − 0.1·0.5/(0.5 + 1e-8), −2 + 0.1·1/(1 + 1e-8).
    adam.step(params, Float64Array.of(0.5, -1), 0.1);
    expect(params[0]).toBeCloseTo(0.900000002, 15);
    expect(params[1]).toBeCloseTo(-1.900000001, 15);
    // Step 2, g = (−0.25, 2): m = 0.9·m + 0.1·g = (0.02, 0.11), v = 0.999·v + 0.001·g² =
    // (0.00031225, 0.004999); corrected by 1 − 0.9² = 0.19 and 1 − 0.999² = 0.001999:
    // p −= 0.1·(m / 0.19) / (√(v / 0.001999) + 1e-8).
    adam.step(params, Float64Array.of(-0.25, 2), 0.1);
    expect(params[0]).toBeCloseTo(0.8733662987078462, 14);
    expect(params[1]).toBeCloseTo(-1.936610353472075, 14);
  });

  it('take the learning rate of each step as it comes', () => {
    const adam = createOptimiser('adam', 1);
    const params = Float64Array.of(0);
    adam.step(params, Float64Array.of(3), 0.5);
    expect(params[0]).toBeCloseTo(-0.5, 8);
    adam.step(params, Float64Array.of(3), 0);
    expect(params[0]).toBeCloseTo(-0.5, 8);
  });

  it('step plain gradient descent', () => {
    const sgd = createOptimiser('sgd', 2);
    const params = Float64Array.of(1, -2);
    sgd.step(params, Float64Array.of(0.5, -1), 0.1);
    sgd.step(params, Float64Array.of(-0.25, 2), 0.1);
    expect(params[0]).toBeCloseTo(1 - 0.05 + 0.025, 15);
    expect(params[1]).toBeCloseTo(-2 + 0.1 - 0.2, 15);
    expect(sgd.name).toBe('sgd');
  });
});
