import { useSyncExternalStore } from 'react';
import type { PageUpdates } from './pageUpdates';
import '../kit/notice.css';
import './update-notice.css';

/**
 * "A new version of this page is ready", with Reload and Later. It floats at the foot of the
 * window, so a reader deep in the article or presenting sees it, and it waits for them: the new
 * version comes only with the reload they ask for. The status region stays on the page, empty,
 * so that screen readers announce the sentence when it appears.
 */
export function UpdateNotice({ updates }: { updates: PageUpdates }) {
  const ready = useSyncExternalStore(updates.subscribe, updates.ready);
  return (
    <div className="update-notice-area" role="status">
      {ready && (
        <div className="notice update-notice">
          <p className="notice-title">A new version of this page is ready.</p>
          <div className="notice-actions">
            <button type="button" onClick={() => void updates.reload()}>
              Reload to update
            </button>
            <button type="button" onClick={updates.dismiss}>
              Later
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
