import { useId, type ReactNode } from 'react';

/** One part of the Scene panel: a region named by its small heading. */
export function SceneSection({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="scene-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {children}
    </section>
  );
}
