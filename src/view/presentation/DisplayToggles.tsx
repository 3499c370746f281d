import { chooseTheme, setContrast } from './display';
import { useDisplay, useTheme } from './useDisplay';
import './display-toggles.css';

/** The theme switch and the high-contrast toggle, in the page header and in presentation. */
export function DisplayToggles() {
  const theme = useTheme();
  const contrast = useDisplay((display) => display.contrast);
  return (
    <div className="display-toggles" role="group" aria-label="Display">
      <button type="button" onClick={() => chooseTheme(theme === 'dark' ? 'light' : 'dark')}>
        {theme === 'dark' ? 'Light theme' : 'Dark theme'}
      </button>
      <button type="button" aria-pressed={contrast} onClick={() => setContrast(!contrast)}>
        High contrast
      </button>
    </div>
  );
}
