import './share.css';
import { useState } from 'react';
import { EmbedSection } from './EmbedSection';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { LessonStartChoice } from './LessonStartChoice';
import { LinkSection } from './LinkSection';
import type { LessonStart } from './shareLink';

/**
 * Taking the scene elsewhere and bringing one in: a link and its QR code for students' phones, the
 * code that shows it in a course page (a lesson's from step 1, or from the step on screen),
 * pictures and data files to download, and files or pasted text to open. Whatever comes in is checked as strictly as a link, and a bad file changes nothing.
 */
export function SharePanel() {
  // A lesson's link opens at step 1 unless the teacher asks, each time the tab is opened.
  const [start, setStart] = useState<LessonStart>('first');
  return (
    <div className="share-panel">
      <LessonStartChoice start={start} choose={setStart} />
      <LinkSection start={start} />
      <EmbedSection start={start} />
      <ExportSection />
      <ImportSection />
    </div>
  );
}
