import './share.css';
import { EmbedSection } from './EmbedSection';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { LinkSection } from './LinkSection';

/**
 * Taking the scene elsewhere and bringing one in: a link and its QR code for students' phones, the
 * code that shows it in a course page, pictures and data files to download, and files or pasted
 * text to open. Whatever comes in is checked as strictly as a link, and a bad file changes nothing.
 */
export function SharePanel() {
  return (
    <div className="share-panel">
      <LinkSection />
      <EmbedSection />
      <ExportSection />
      <ImportSection />
    </div>
  );
}
