import type { ExplorerStore } from '../scene/store/store';
import { ExplorerProvider } from '../view/explorerContext';
import type { PageUpdates } from '../view/offline/pageUpdates';
import { UpdateNotice } from '../view/offline/UpdateNotice';
import '../view/presentation/presentation.css';
import '../view/embed/embed.css';
import { useDisplay, useDisplaySync } from '../view/theme/useDisplay';
import { TotalAnnouncer } from '../view/kit/TotalAnnouncer';
import { useKeyboardShortcuts } from '../view/controls/useKeyboardShortcuts';
import { useStepGlide } from '../view/lesson/useStepGlide';
import { ArticleRoom } from './rooms/article/ArticleRoom';
import { LabRoom } from './rooms/lab/LabRoom';

/** Wiring only: the room the link asks for, and what every room shares. */
export function App({ store, updates }: { store: ExplorerStore; updates: PageUpdates }) {
  return (
    <ExplorerProvider store={store}>
      <Page />
      <UpdateNotice updates={updates} />
    </ExplorerProvider>
  );
}

function Page() {
  useKeyboardShortcuts();
  useDisplaySync();
  useStepGlide();
  const room = useDisplay((display) => display.room);
  return (
    <>
      {room === 'article' ? <ArticleRoom /> : <LabRoom />}
      <TotalAnnouncer />
    </>
  );
}
