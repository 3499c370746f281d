import { Embeddings } from './sections/Embeddings';
import './article.css';
import { Exercises } from './sections/Exercises';
import { Limitations, RelatedLosses } from './sections/Limitations';
import { TheGradient } from './sections/TheGradient';
import { TheLoss } from './sections/TheLoss';
import { TheMargin } from './sections/TheMargin';
import { WorkedExample } from './sections/WorkedExample';

/** The story, in the order a first-time reader needs it. */
export function Article() {
  return (
    <article className="story" aria-label="Contrastive loss, explained">
      <Embeddings />
      <TheLoss />
      <WorkedExample />
      <TheMargin />
      <TheGradient />
      <Limitations />
      <RelatedLosses />
      <Exercises />
    </article>
  );
}
