import { useEffect, useRef, useState } from 'react';
import { useEvaluation } from '../explorerContext';
import { fixed4 } from './format';

/** How often, at most, a screen reader hears the total while something is being dragged, ms. */
const ANNOUNCE_EVERY = 1500;

/**
 * Tells screen-reader users the total loss after a change, politely and at most every 1.5 s, so
 * a drag is heard as a few updates and its final value rather than sixty a second. Nothing is
 * said on arrival.
 */
export function TotalAnnouncer() {
  const total = useEvaluation().total;
  const [initial] = useState(total);
  const [spoken, setSpoken] = useState('');
  const lastSpokenAt = useRef(-Infinity);
  useEffect(() => {
    if (spoken === '' && total === initial) return;
    const wait = Math.max(0, lastSpokenAt.current + ANNOUNCE_EVERY - Date.now());
    const timer = setTimeout(() => {
      lastSpokenAt.current = Date.now();
      setSpoken(`Total loss ${fixed4(total)}`);
    }, wait);
    return () => clearTimeout(timer);
  }, [total, initial, spoken]);
  return (
    <div className="visually-hidden" aria-live="polite" data-testid="total-announcer">
      {spoken}
    </div>
  );
}
