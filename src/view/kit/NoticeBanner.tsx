import { useActions, useExplorer } from '../explorerContext';
import './notice.css';

/** Problems with a link or a file, in plain words, with a way back to what the user had. */
export function NoticeBanner() {
  const notice = useExplorer((state) => state.notice);
  const { restorePrevious, dismissNotice } = useActions();
  if (!notice) return null;
  return (
    <div className="notice-area">
      <div className="notice" role="alert">
        <p className="notice-title">{notice.title}</p>
        <ul>
          {notice.problems.map((problem, k) => (
            <li key={k}>{problem}</li>
          ))}
        </ul>
        <div className="notice-actions">
          {notice.previous && (
            <button type="button" onClick={restorePrevious}>
              Bring back the scene I had
            </button>
          )}
          <button type="button" onClick={dismissNotice}>
            Dismiss
          </button>
        </div>
      </div>
    </div>
  );
}
