/** The network's map and PCA's, side by side where there is room, each with its accuracy. */
import { useExplorer } from '../explorerContext';
import { fixed2, thousands } from '../kit/format';
import { DigitMap } from './DigitMap';
import { useNetworkView } from './networkContext';

function Accuracy({ testId, value }: { testId: string; value: number | null }) {
  return (
    <span className="digits-accuracy" data-testid={testId} data-value={value ?? ''}>
      held-out accuracy <strong>{value === null ? '…' : fixed2(value)}</strong>
    </span>
  );
}

export function DigitMaps({ width }: { width: number }) {
  const map = useNetworkView((view) => view.map);
  const pca = useNetworkView((view) => view.pca);
  const steps = useNetworkView((view) => view.steps);
  const accuracy = useNetworkView((view) => view.accuracy.at(-1)?.value ?? null);
  const pcaAccuracy = useNetworkView((view) => view.pcaAccuracy);
  const margin = useExplorer((state) => state.network.margin);
  const side = width >= 760;
  const mapWidth = side ? Math.floor((width - 16) * 0.6) : width;
  const pcaWidth = side ? width - 16 - mapWidth : width;
  const height = (w: number) => Math.round(Math.min(w * 0.8, 460));
  return (
    <div className={`digits-maps${side ? ' side' : ''}`}>
      <figure data-testid="digits-map">
        <figcaption>
          The network’s map after {thousands(steps)} steps{' '}
          <Accuracy testId="digits-accuracy" value={accuracy} />
        </figcaption>
        {map && (
          <DigitMap
            map={map}
            width={mapWidth}
            height={height(mapWidth)}
            pictures
            inWorker
            margin={margin}
            label={`The network's 2-D map of the digits after ${thousands(steps)} steps: training images as squares in their digit's colour, held-out ones as ringed numerals; held-out accuracy ${accuracy === null ? 'not measured yet' : fixed2(accuracy)}.`}
          />
        )}
      </figure>
      <figure className="digits-pca">
        <figcaption>
          PCA of the same images <Accuracy testId="digits-pca-accuracy" value={pcaAccuracy} />
        </figcaption>
        {pca && (
          <DigitMap
            map={pca}
            width={pcaWidth}
            height={height(pcaWidth)}
            pictures={false}
            label={`The first two principal components of the same images, for comparison; held-out accuracy ${pcaAccuracy === null ? 'not measured yet' : fixed2(pcaAccuracy)}.`}
          />
        )}
      </figure>
      <p className="digits-key muted">
        Small squares are the images the network trains on, in their digit’s colour. Ringed numerals
        are held out: the network never trains on them, and the accuracy counts how often their five
        nearest training images on the map share their digit.
      </p>
    </div>
  );
}
