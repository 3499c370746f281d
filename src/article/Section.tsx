import type { ComponentType, ReactNode } from 'react';
import { EvaluationPace } from '../view/explorerContext';
import { useInView } from '../view/kit/useInView';
import { useStoryAnchor } from './storyScroll';

/**
 * One section of the story: a heading that anchors it, and its content, which follows the scene
 * live while on screen and catches up when edits pause while it is not. While it is being read the
 * article's figure shows its scene (story.ts).
 */
export function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  const [ref, inView] = useInView<HTMLElement>();
  useStoryAnchor(ref);
  return (
    <section
      className="story-section"
      id={id}
      aria-labelledby={`${id}-title`}
      ref={ref}
      data-live={inView}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <EvaluationPace live={inView}>{children}</EvaluationPace>
    </section>
  );
}

/**
 * A section whose content reads the scene. The content is a component of its own, rendered inside
 * the section's pace, so that it follows the scene only while on screen.
 */
export function liveSection(id: string, title: string, Content: ComponentType): ComponentType {
  return function LiveSection() {
    return (
      <Section id={id} title={title}>
        <Content />
      </Section>
    );
  };
}
