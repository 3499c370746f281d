import { useActions } from '../explorerContext';
import { saveTheme } from './theme';
import { useDisplay, useTheme } from './useDisplay';
import './display-toggles.css';

/** The theme switch and the high-contrast toggle, in the page header and in presentation. */
export function DisplayToggles() {
  const theme = useTheme();
  const contrast = useDisplay((display) => display.contrast);
  const { chooseTheme, setContrast } = useActions();
  const choose = (next: typeof theme) => {
    chooseTheme(next);
    saveTheme(next);
  };
  return (
    <div className="display-toggles" role="group" aria-label="Display">
      <button type="button" onClick={() => choose(theme === 'dark' ? 'light' : 'dark')}>
        {theme === 'dark' ? 'Light theme' : 'Dark theme'}
      </button>
      <button type="button" aria-pressed={contrast} onClick={() => setContrast(!contrast)}>
        High contrast
      </button>
    </div>
  );
}
