/**
 * The runs worth teaching, one click each: the settings that show it (from the defaults, so a
 * moment always looks the same), a fresh run, and Play.
 */
import { DEFAULT_NETWORK_SETTINGS, type NetworkSettings } from '../../engine';
import { useActions } from '../explorerContext';
import { useNetworkClient } from './networkContext';

interface Moment {
  readonly label: string;
  /** What to watch for, said beside the button. */
  readonly watch: string;
  readonly change: Partial<NetworkSettings>;
}

/** A margin far beyond the spread a map of these digits settles at. */
const TOO_LARGE = 8;

const MOMENTS: readonly Moment[] = [
  {
    label: 'No dissimilar pairs',
    watch: 'only the pull is left: every digit slides to one point',
    change: { similarShare: 1 },
  },
  {
    label: 'Margin 0',
    watch: 'the push has no reach: nothing keeps different digits apart',
    change: { margin: 0 },
  },
  {
    label: 'Margin too large',
    watch: `m = ${TOO_LARGE}: every different pair pushes on every step, and the map keeps growing`,
    change: { margin: TOO_LARGE },
  },
  {
    label: 'Only 4s and 9s',
    watch: 'two digits that look alike, as in the 2006 paper',
    change: { digits: [4, 9] },
  },
];

export function Moments() {
  const client = useNetworkClient();
  const { setNetwork } = useActions();
  const show = (change: Partial<NetworkSettings>) => {
    setNetwork({ ...DEFAULT_NETWORK_SETTINGS, ...change });
    client.reset();
    client.play();
  };
  return (
    <div className="digits-moments">
      <p className="digits-moments-title">Try a moment:</p>
      <ul>
        {MOMENTS.map((moment) => (
          <li key={moment.label}>
            <button type="button" onClick={() => show(moment.change)}>
              {moment.label}
            </button>{' '}
            <span className="muted">{moment.watch}</span>
          </li>
        ))}
        <li>
          <button type="button" onClick={() => show({})}>
            Back to the defaults
          </button>
        </li>
      </ul>
    </div>
  );
}
