import katex from 'katex';
import 'katex/dist/katex.min.css';
import './math.css';
import { useMemo } from 'react';

/**
 * Typesets TeX with KaTeX. Only \htmlData and \htmlClass are trusted: they tag the parts of a
 * formula a reader can point at (data-term="…"), which the page links to the plane.
 */
const trustTagsOnly = ({ command }: { command: string }) =>
  command === '\\htmlData' || command === '\\htmlClass';

export function renderTex(tex: string, display = false): string {
  return katex.renderToString(tex, {
    displayMode: display,
    throwOnError: false,
    strict: 'ignore',
    trust: trustTagsOnly,
    output: 'htmlAndMathml',
  });
}

export function Tex({ tex, display = false }: { tex: string; display?: boolean }) {
  const html = useMemo(() => renderTex(tex, display), [tex, display]);
  return (
    <span
      className={display ? 'tex tex-display' : 'tex'}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
