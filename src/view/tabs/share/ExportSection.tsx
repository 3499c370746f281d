import { PanelSection } from '../PanelSection';
import { useState } from 'react';
import { sceneToCsv, sceneToJson } from '../../../scene/codec/sceneFile';
import { useEvaluation } from '../../explorerContext';
import { useShownMarks } from '../../plane/shownMarks';
import { download } from './download';
import { legendOf } from './figureLegend';
import { drawPicture, pictureToPng } from './figurePicture';

const text = (body: string, type: string) => new Blob([body], { type });

/** Where the page lives, for a picture's credit: only a web address, and never the scene's hash. */
const pageAddress = () =>
  /^https?:$/.test(location.protocol) ? `${location.origin}${location.pathname}` : null;

/** Downloads of the figure (with its legend) as pictures, and of the scene as data files. */
export function ExportSection() {
  const evaluation = useEvaluation();
  const shown = useShownMarks();
  const [problem, setProblem] = useState<string | null>(null);

  const picture = () => {
    const stack = document.querySelector<HTMLElement>('.plane-stack');
    if (!stack) throw new Error('the plane is not on the page right now');
    return drawPicture(stack, legendOf(evaluation, shown, pageAddress()));
  };

  /** Runs one export; a failure becomes a sentence here, never an error thrown into the page. */
  const attempt = (what: string, run: () => Promise<void> | void) => () => {
    setProblem(null);
    Promise.resolve()
      .then(run)
      .catch((error: unknown) =>
        setProblem(`The ${what} could not be made: ${(error as Error).message}.`),
      );
  };

  return (
    <PanelSection title="Export">
      <div className="share-row">
        <button
          type="button"
          onClick={attempt('PNG picture', async () =>
            download(await pictureToPng(picture()), 'contrastive-figure.png'),
          )}
        >
          Export PNG
        </button>
        <button
          type="button"
          onClick={attempt('SVG picture', () =>
            download(text(picture().svg, 'image/svg+xml'), 'contrastive-figure.svg'),
          )}
        >
          Export SVG
        </button>
        <button
          type="button"
          onClick={attempt('scene file', () =>
            download(
              text(sceneToJson(evaluation.scene), 'application/json'),
              'contrastive-scene.json',
            ),
          )}
        >
          Export scene JSON
        </button>
        <button
          type="button"
          onClick={attempt('points file', () =>
            download(text(sceneToCsv(evaluation.scene), 'text/csv'), 'contrastive-points.csv'),
          )}
        >
          Export points CSV
        </button>
      </div>
      <p className="share-hint">
        The pictures show the plane as it is now, with a legend of who is who, the margin and the
        total loss, and a line of credit (they are yours to reuse under CC BY 4.0). The JSON file
        keeps the whole scene to open again later; the CSV keeps only the points, for a spreadsheet.
      </p>
      {problem && (
        <p className="share-problem" role="alert">
          {problem}
        </p>
      )}
    </PanelSection>
  );
}
