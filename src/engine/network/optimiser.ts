/**
 * What turns a gradient into a step of the network's parameters. The learning rate comes with
 * each step, so a slider moved mid-run takes effect at the next one.
 */

export type OptimiserName = 'adam' | 'sgd';

export interface Optimiser {
  readonly name: OptimiserName;
  /** Moves `params` in place against `grad`. */
  step(params: Float64Array, grad: Float64Array, learningRate: number): void;
}

/** PyTorch's Adam defaults, which the reference figures were measured with. */
const BETA1 = 0.9;
const BETA2 = 0.999;
const EPSILON = 1e-8;

/** A fresh optimiser (Adam's moments at zero) for `size` parameters. */
export function createOptimiser(name: OptimiserName, size: number): Optimiser {
  return name === 'adam' ? adam(size) : sgd();
}

/** Plain gradient descent: p ← p − lr·g. */
function sgd(): Optimiser {
  return {
    name: 'sgd',
    step(params, grad, learningRate) {
      for (let k = 0; k < params.length; k++) params[k]! -= learningRate * grad[k]!;
    },
  };
}

/**
 * Adam (Kingma & Ba, 2015) written as PyTorch's torch.optim.Adam computes it: running means of
 * the gradient (m) and of its square (v), bias-corrected by 1 − βᵗ, and
 *   p ← p − (lr / (1 − β1ᵗ)) · m / (√v / √(1 − β2ᵗ) + ε).
 */
function adam(size: number): Optimiser {
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  let t = 0;
  return {
    name: 'adam',
    step(params, grad, learningRate) {
      if (params.length !== size)
        throw new RangeError(
          `This Adam keeps moments for ${size} parameters, not ${params.length}.`,
        );
      t++;
      const stepSize = learningRate / (1 - BETA1 ** t);
      const rootCorrection = Math.sqrt(1 - BETA2 ** t);
      for (let k = 0; k < params.length; k++) {
        const g = grad[k]!;
        m[k] = BETA1 * m[k]! + (1 - BETA1) * g;
        v[k] = BETA2 * v[k]! + (1 - BETA2) * g * g;
        params[k]! -= (stepSize * m[k]!) / (Math.sqrt(v[k]!) / rootCorrection + EPSILON);
      }
    },
  };
}
