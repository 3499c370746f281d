import { useEffect, useRef, useState } from 'react';
import { Article } from '../../../article/Article';
import { StoryFigure } from '../../../article/StoryFigure';
import { storyStep, STORY } from '../../../article/story';
import { StoryAnchorProvider, useStoryScroll } from '../../../article/storyScroll';
import { useExplorerStore } from '../../../view/explorerContext';
import { NoticeBanner } from '../../../view/kit/NoticeBanner';
import { useMediaQuery } from '../../../view/kit/measure';
import { DisplayToggles } from '../../../view/theme/DisplayToggles';
import { PageFooter } from '../../PageFooter';
import { SkipLink } from '../../SkipLink';
import './article-room.css';

/** Where the figure stands beside the text rather than over it (article-room.css). */
const BESIDE = '(min-width: 1100px)';

/** The section a link names (`#margin`), if the article has one by that id. */
const linkedSection = () => {
  const id = decodeURIComponent(window.location.hash.replace(/^#/, ''));
  return storyStep(id) ? id : undefined;
};

/**
 * Brings a section into view once it is on the page: the rest of the article arrives in a chunk
 * of its own, so the section may not be there yet.
 */
function scrollToSection(id: string) {
  let tries = 0;
  const look = () => {
    const section = document.getElementById(id);
    if (section) section.scrollIntoView({ block: 'start' });
    else if (++tries < 120) requestAnimationFrame(look);
  };
  look();
}

/**
 * The article: a story read from top to bottom, whose figure acts out each section as it comes
 * into view. The figure stands beside the text on a wide screen and over it on a phone.
 */
export function ArticleRoom() {
  const store = useExplorerStore();
  const beside = useMediaQuery(BESIDE);
  const [first] = useState(linkedSection);
  const { active, observe } = useStoryScroll(!beside, first);
  const step = storyStep(active) ?? STORY[0]!;
  const arrived = useRef(false);
  useEffect(() => {
    // Coming into the article (a first visit, or back from the lab) shows the section's own scene;
    // the landscape stays on only in a section that offers its toggle.
    const { showStoryStep, setLandscape } = store.getState();
    showStoryStep(step.id, step.scene, !arrived.current);
    if (!step.controls.includes('landscape')) setLandscape(false);
    arrived.current = true;
  }, [store, step]);
  useEffect(() => {
    if (first) scrollToSection(first);
  }, [first]);
  return (
    <StoryAnchorProvider value={observe}>
      <SkipLink />
      <div className="layout" data-room="article">
        <main className="reading">
          <header className="masthead">
            <DisplayToggles />
            <h1>Contrastive loss, hands on</h1>
            <p className="lede">
              A face recogniser turns every photo into a point. Contrastive loss decides where the
              points go: photos of one person are pulled together, photos of different people pushed
              apart until they stand a margin m apart. Scroll, and the figure acts out each idea;
              drag a point to try it yourself.
            </p>
          </header>
          <NoticeBanner />
          <Article />
        </main>
        <StoryFigure step={step} />
        <PageFooter />
      </div>
    </StoryAnchorProvider>
  );
}
