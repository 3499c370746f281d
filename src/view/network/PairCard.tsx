/**
 * The two digits picked on the network's map: their pictures, their distance D on the map, y, and
 * their pair's loss in the same formula as the points figure, with the numbers in.
 */
import { contrastivePairLoss } from '../../engine';
import { useExplorer } from '../explorerContext';
import { fixed4 } from '../kit/format';
import { Tex } from '../math/Tex';
import { pairLossTex } from '../math/terms';
import { DigitPicture } from './DigitPicture';
import { useNetworkClient, useNetworkView } from './networkContext';

export function PairCard() {
  const client = useNetworkClient();
  const picked = useNetworkView((view) => view.picked);
  const images = useNetworkView((view) => view.images);
  const map = useNetworkView((view) => view.map);
  const margin = useExplorer((state) => state.network.margin);
  const [a, b] = picked;
  if (!images || !map || a === undefined || b === undefined)
    return (
      <p className="digits-pair-hint muted" data-testid="digits-pair">
        Click two digits on the network’s map (or focus it, walk with the arrow keys and press
        Enter) to see their pair’s loss.
      </p>
    );
  const distance = Math.hypot(map[2 * a]! - map[2 * b]!, map[2 * a + 1]! - map[2 * b + 1]!);
  const same = images.digits[a] === images.digits[b];
  const loss = contrastivePairLoss(distance, same, margin);
  const name = (i: number) => `${String(images.digits[i])} #${String(i)}`;
  return (
    <div className="digits-pair" data-testid="digits-pair" data-loss={loss}>
      <div className="digits-pair-pictures">
        <DigitPicture image={a} size={56} label={`Picture of ${name(a)}`} />
        <DigitPicture image={b} size={56} label={`Picture of ${name(b)}`} />
      </div>
      <div className="pair-formula-box">
        <p className="pair-formula-caption">
          <strong>
            {name(a)} and {name(b)}
          </strong>
          : {same ? 'the same digit, so y = 1' : 'different digits, so y = 0'}; D ={' '}
          {fixed4(distance)} on the map, loss = {fixed4(loss)}
        </p>
        <div className="formula">
          <Tex
            display
            tex={pairLossTex({
              first: name(a),
              second: name(b),
              y: same ? 1 : 0,
              distance,
              margin,
              loss,
            })}
          />
        </div>
        <button type="button" onClick={client.unpick}>
          Clear the pair
        </button>
      </div>
    </div>
  );
}
