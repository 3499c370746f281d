import { memo } from 'react';
import type { TripletKind, TripletRow } from '../../../engine';
import type { Evaluation } from '../../../scene/evaluation';
import { useActions } from '../../explorerContext';
import { fixed4 } from '../../kit/format';
import { ColourSwatch } from '../../kit/table/ColourSwatch';
import { useRowActivation } from '../../kit/table/useRowActivation';
import { termOf, type ChosenTriplet } from './chosenTriplet';
import { KindTag } from './TripletSummary';

interface RowProps {
  readonly anchor: number;
  readonly positive: number;
  readonly negative: number;
  /** Labels and identity colours of anchor, positive and negative (plain strings, for memo). */
  readonly anchorLabel: string;
  readonly positiveLabel: string;
  readonly negativeLabel: string;
  readonly anchorColour: string;
  readonly positiveColour: string;
  readonly negativeColour: string;
  readonly positiveDistance: number;
  readonly negativeDistance: number;
  readonly loss: number;
  readonly kind: TripletKind;
  readonly selected: boolean;
}

function PointCell({ label, colour, header }: { label: string; colour: string; header?: boolean }) {
  const content = (
    <>
      <ColourSwatch colour={colour} />
      {label}
    </>
  );
  return header ? <th scope="row">{content}</th> : <td>{content}</td>;
}

/**
 * One triplet's row. Choosing it makes its anchor the active point and shows this very triplet on
 * the plane; hovering or focusing it lights the anchor. Memoised on plain values, so a drag only
 * renders again the rows whose numbers moved.
 */
const TripletTableRow = memo(function TripletTableRow(props: RowProps) {
  const { setActivePoint, chooseTerm } = useActions();
  const { anchor, positive, negative, loss } = props;
  const labels = [props.anchorLabel, props.positiveLabel, props.negativeLabel] as const;
  const activation = useRowActivation(
    () => {
      chooseTerm(termOf({ anchor, positive, negative, labels }));
      setActivePoint(anchor);
    },
    { kind: 'point', index: anchor },
  );
  return (
    <tr
      data-testid="triplet-row"
      data-triplet={labels.join(',')}
      data-loss={String(loss)}
      data-kind={props.kind}
      aria-selected={props.selected}
      className={loss === 0 ? 'resting' : undefined}
      {...activation}
    >
      <PointCell label={props.anchorLabel} colour={props.anchorColour} header />
      <PointCell label={props.positiveLabel} colour={props.positiveColour} />
      <PointCell label={props.negativeLabel} colour={props.negativeColour} />
      <td className="number">{fixed4(props.positiveDistance)}</td>
      <td className="number">{fixed4(props.negativeDistance)}</td>
      <td className="number loss">{fixed4(loss)}</td>
      <td>
        <KindTag kind={props.kind} lower />
      </td>
    </tr>
  );
});

/** The rows of one page: anchor, positive, negative, both distances, the loss and the kind. */
export function TripletTable({
  evaluation,
  rows,
  chosen,
  caption,
  empty,
}: {
  evaluation: Evaluation;
  rows: readonly TripletRow[];
  chosen: ChosenTriplet | null;
  caption: string;
  empty: string;
}) {
  const { scene, identityColours, identityOf } = evaluation;
  const labelOf = (i: number) => scene.points[i]!.label;
  const colourOf = (i: number) => identityColours[identityOf[i]!]!;
  return (
    <table className="triplet-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Anchor</th>
          <th scope="col">Positive</th>
          <th scope="col">Negative</th>
          <th scope="col" className="number">
            D(a,p)
          </th>
          <th scope="col" className="number">
            D(a,n)
          </th>
          <th scope="col" className="number">
            Loss
          </th>
          <th scope="col">Kind</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr className="empty">
            <td colSpan={7}>{empty}</td>
          </tr>
        )}
        {rows.map((row) => (
          <TripletTableRow
            key={`${row.anchor},${row.positive},${row.negative}`}
            anchor={row.anchor}
            positive={row.positive}
            negative={row.negative}
            anchorLabel={labelOf(row.anchor)}
            positiveLabel={labelOf(row.positive)}
            negativeLabel={labelOf(row.negative)}
            anchorColour={colourOf(row.anchor)}
            positiveColour={colourOf(row.positive)}
            negativeColour={colourOf(row.negative)}
            positiveDistance={row.positiveDistance}
            negativeDistance={row.negativeDistance}
            loss={row.loss}
            kind={row.kind}
            selected={
              chosen !== null &&
              chosen.anchor === row.anchor &&
              chosen.positive === row.positive &&
              chosen.negative === row.negative
            }
          />
        ))}
      </tbody>
    </table>
  );
}
