/**
 * The legend written under an exported picture of the plane: who is who (colour and shape, so the
 * picture reads in black and white too), the margin and total loss as text, and at the foot the
 * credit its licence asks a reuser to keep (CC BY 4.0, LICENSE).
 */
import { lossOf } from '../../../engine';
import type { Evaluation } from '../../../scene/evaluation';
import { knobValue } from '../../../scene/model';
import { capitalised, fixed4, thousands } from '../../kit/format';
import { identityShape } from '../../kit/identityStyle';
import { marksInWords } from '../../legend/legendMarks';
import { isCrowded } from '../../plane/geometry/crowding';
import type { ShownMarks } from '../../plane/shownMarks';

export interface LegendIdentity {
  readonly name: string;
  readonly colour: string;
  /** The identity's symbol, centred on 0,0. */
  readonly shape: string;
}

export interface FigureLegend {
  readonly identities: readonly LegendIdentity[];
  /** Identities left out so the legend stays a legend, not a list. */
  readonly more: number;
  readonly lines: readonly string[];
  /** The page's name, the pictures' licence and, when known, the page's address. */
  readonly credit: string;
}

/**
 * The credit line of an exported picture. `address` is where the page was opened (without the
 * hash: the scene is in the picture); a page opened from a file has none worth giving.
 */
export function creditLine(address: string | null): string {
  return ['Contrastive loss, hands on', 'CC BY 4.0', ...(address ? [address] : [])].join(' · ');
}

/** How many identities a picture names; the rest are counted. */
const SHOWN = 24;

/**
 * The legend of a picture of the plane as it is drawn: `shown` says which optional marks are on
 * (as the page shows them now, for a picture of the page).
 */
export function legendOf(
  evaluation: Evaluation,
  shown: ShownMarks,
  address: string | null = null,
): FigureLegend {
  const { identities, identityColours, scene, total, pairs, objective } = evaluation;
  const loss = lossOf(objective);
  const value = knobValue(scene, loss.knob);
  const { name, symbol } = loss.knob;
  const knob = `${capitalised(name)} ${symbol} = ${String(value)}`;
  const marks = marksInWords({
    loss: objective,
    knob: value,
    shown,
    crowded: isCrowded(scene.points.length, pairs.count),
  });
  return {
    identities: identities.slice(0, SHOWN).map((name, id) => ({
      name,
      colour: identityColours[id]!,
      shape: identityShape(id, 110),
    })),
    more: Math.max(0, identities.length - SHOWN),
    lines: [
      `${loss.name} loss · ${knob} · Total loss L = ${fixed4(total)} · ` +
        `${thousands(scene.points.length)} points, ${thousands(pairs.count)} pairs`,
      marks,
    ],
    credit: creditLine(address),
  };
}

export interface PlacedIdentity extends LegendIdentity {
  readonly x: number;
  readonly y: number;
}

export interface LegendLayout {
  readonly identities: readonly PlacedIdentity[];
  /** Baselines of the text lines (the "and N more" line first when there is one). */
  readonly lines: readonly { readonly text: string; readonly y: number }[];
  /** Baselines of the credit's lines, in smaller type under the rest. */
  readonly credit: readonly { readonly text: string; readonly y: number }[];
  readonly height: number;
}

export const LEGEND_ROW = 22;
const COLUMN = 190;
const PADDING = 14;
/** A generous average width of a 13-px character, so wrapped lines never run off the picture. */
const CHARACTER = 7.2;
/** The credit's lines: 11-px type, with the same generous character. */
export const CREDIT_ROW = 16;
const CREDIT_CHARACTER = 6.1;

/** Breaks text into lines of at most `characters`, at spaces. */
export function wrapText(text: string, characters: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > characters) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return [...lines, line];
}

/**
 * Breaks a line of parts joined by " · " (the loss, its knob, the total, the counts) between
 * parts where it can, so "Total loss L = 0.0330" stays on one line; a part too long for a line
 * is broken at spaces.
 */
export function wrapParts(text: string, characters: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const part of text.split(' · ')) {
    const joined = line === '' ? part : `${line} · ${part}`;
    if (joined.length <= characters) line = joined;
    else {
      if (line !== '') lines.push(line);
      const pieces = wrapText(part, characters);
      lines.push(...pieces.slice(0, -1));
      line = pieces.at(-1)!;
    }
  }
  return [...lines, line];
}

/** Identities in columns as wide as the longest name allowed (24 characters), then the text. */
export function layoutLegend(legend: FigureLegend, width: number): LegendLayout {
  const columns = Math.max(1, Math.floor((width - 2 * PADDING) / COLUMN));
  const identities = legend.identities.map((identity, k) => ({
    ...identity,
    x: PADDING + (k % columns) * COLUMN,
    y: PADDING + Math.floor(k / columns) * LEGEND_ROW,
  }));
  const rows = Math.ceil(legend.identities.length / columns);
  const texts = [...(legend.more > 0 ? [`and ${thousands(legend.more)} more identities`] : [])];
  const characters = Math.max(20, Math.floor((width - 2 * PADDING) / CHARACTER));
  texts.push(...legend.lines.flatMap((line) => wrapParts(line, characters)));
  const top = PADDING + rows * LEGEND_ROW;
  const lines = texts.map((text, k) => ({ text, y: top + 14 + k * LEGEND_ROW }));
  const creditTop = top + texts.length * LEGEND_ROW;
  const creditCharacters = Math.max(20, Math.floor((width - 2 * PADDING) / CREDIT_CHARACTER));
  const credit = wrapParts(legend.credit, creditCharacters).map((text, k) => ({
    text,
    y: creditTop + 14 + k * CREDIT_ROW,
  }));
  return { identities, lines, credit, height: creditTop + credit.length * CREDIT_ROW + PADDING };
}
