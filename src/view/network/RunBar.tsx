/** Play or Pause, Step and Reset for the network, and where the run stands. */
import { thousands } from '../kit/format';
import { useNetworkClient, useNetworkView } from './networkContext';

export function RunBar() {
  const client = useNetworkClient();
  const playing = useNetworkView((view) => view.playing);
  const steps = useNetworkView((view) => view.steps);
  const divergedAt = useNetworkView((view) => view.divergedAt);
  return (
    <div className="digits-runbar">
      <button
        type="button"
        className="primary"
        disabled={divergedAt !== null}
        onClick={playing ? client.pause : client.play}
      >
        {playing ? 'Pause' : 'Play'}
      </button>
      <button type="button" disabled={divergedAt !== null} onClick={client.step}>
        Step
      </button>
      <button type="button" onClick={client.reset}>
        Reset
      </button>
      <span className="digits-step" data-testid="digits-step" data-value={steps}>
        Step <strong>{thousands(steps)}</strong>
      </span>
    </div>
  );
}
