import { INFONCE } from '../../../engine';
import './infonce.css';
import { activeOutput, type Evaluation } from '../../../scene/evaluation';
import { useEvaluation, useExplorer } from '../../explorerContext';
import { counted, fixed4, thousands } from '../../kit/format';
import { InfoNceTable } from './InfoNceTable';
import { chooseAnchor, positiveRange } from './infonceModel';
import { SimilarityHeatmap } from './SimilarityHeatmap';
import { SoftmaxChart } from './SoftmaxChart';

/**
 * The InfoNCE tab: the batch in one sentence, the anchor's softmax as bars, the loss of every
 * ordered positive pair, and the matrix of cosines the softmax is taken over.
 */
export function InfoNcePanel() {
  const evaluation = useEvaluation();
  const activePoint = useExplorer((state) => state.activePoint);
  const highlight = useExplorer((state) => state.highlight);
  const { identityOf } = evaluation;
  const output = activeOutput(evaluation, INFONCE);
  if (!output) return null;
  const anchor = chooseAnchor(identityOf, activePoint, highlight);
  return (
    <div className="infonce-panel">
      <BatchLine evaluation={evaluation} rows={output.rowCount} />
      {anchor !== null && identityOf.length > 1 && (
        <SoftmaxChart evaluation={evaluation} output={output} anchor={anchor} />
      )}
      <InfoNceTable evaluation={evaluation} output={output} anchor={anchor} />
      {identityOf.length > 1 && (
        <SimilarityHeatmap evaluation={evaluation} output={output} anchor={anchor} />
      )}
    </div>
  );
}

/** Every other point is a candidate: how many of them are positives, and what the total averages. */
function BatchLine({ evaluation, rows }: { evaluation: Evaluation; rows: number }) {
  const n = evaluation.identityOf.length;
  const { low, high } = positiveRange(evaluation.identityOf);
  const others = Math.max(0, n - 1);
  const shares =
    low === high
      ? `Here each anchor has ${counted(low, 'positive', 'positives')} and ${counted(others - low, 'negative', 'negatives')}`
      : `Here anchors have ${thousands(low)} to ${thousands(high)} positives among their ${counted(others, 'candidate', 'candidates')}, and the rest are negatives`;
  return (
    <p className="infonce-batch" data-testid="infonce-batch">
      {shares}: every other point of the batch is a candidate, with no pairs to choose by hand (the
      scene's pair list is not used). The total, <strong>{fixed4(evaluation.total)}</strong>, is the
      mean of ℓ over the {counted(rows, 'ordered positive pair', 'ordered positive pairs')}.
    </p>
  );
}
