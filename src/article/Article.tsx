import { lazy, Suspense } from 'react';
import './article.css';
import { Embeddings } from './sections/Embeddings';

const RestOfArticle = lazy(() => import('./RestOfArticle'));

/** The story, in the order a first-time reader needs it. */
export function Article() {
  return (
    <article className="story" aria-label="Contrastive loss, explained">
      <Embeddings />
      <Suspense fallback={<p className="muted">Loading the rest of the article…</p>}>
        <RestOfArticle />
      </Suspense>
    </article>
  );
}
