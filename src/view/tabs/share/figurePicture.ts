/**
 * The plane as a picture file. The page draws it in layers (canvases for the landscape, trails
 * and dense points; SVGs for the grid and the marks) styled by the page's CSS, which a file does
 * not carry. So the SVG layers are cloned with the styles that matter written onto each element,
 * the canvases become embedded images, and the legend is added underneath as text.
 */
import { layoutLegend, type FigureLegend } from './figureLegend';

const SVG = 'http://www.w3.org/2000/svg';

/** Computed styles that change how a mark looks; the rest keep their SVG defaults. */
const STYLES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
] as const;

/** Copies the computed look of `from` and its descendants onto the clone `to`; drops what is unseen. */
function inlineStyles(from: Element, to: Element) {
  const style = getComputedStyle(from);
  if (style.display === 'none' || style.visibility === 'hidden') {
    to.remove();
    return;
  }
  to.setAttribute(
    'style',
    STYLES.map((name) => `${name}:${style.getPropertyValue(name)}`).join(';'),
  );
  // Walk both trees together; the clone may lose children as we go, so collect them first.
  const pairs = Array.from(from.children, (child, k) => [child, to.children[k]!] as const);
  for (const [child, copy] of pairs) inlineStyles(child, copy);
}

function element<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  // Names go in as text nodes, never as markup.
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The first background colour that is not transparent, from `node` up. */
function backgroundOf(node: Element | null): string {
  for (let at = node; at; at = at.parentElement) {
    const colour = getComputedStyle(at).backgroundColor;
    if (colour && colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour)) return colour;
  }
  return '#ffffff';
}

export interface Picture {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

/** The plane stack (`.plane-stack`) and a legend, as one self-contained SVG document. */
export function drawPicture(stack: HTMLElement, legend: FigureLegend): Picture {
  const box = stack.getBoundingClientRect();
  const width = Math.round(box.width);
  const layout = layoutLegend(legend, width);
  const height = Math.round(box.height) + layout.height;
  const ink = getComputedStyle(stack).color;
  const font = getComputedStyle(stack).fontFamily;
  const background = backgroundOf(stack);
  const root = element('svg', { xmlns: SVG, width, height, viewBox: `0 0 ${width} ${height}` });
  root.append(element('rect', { width, height, fill: background }));

  for (const layer of Array.from(stack.children)) {
    const at = layer.getBoundingClientRect();
    const [x, y] = [at.left - box.left, at.top - box.top];
    if (layer instanceof HTMLCanvasElement) {
      root.append(
        element('image', { x, y, width: at.width, height: at.height, href: layer.toDataURL() }),
      );
    } else if (layer instanceof SVGSVGElement) {
      const copy = layer.cloneNode(true) as SVGSVGElement;
      inlineStyles(layer, copy);
      copy.setAttribute('x', String(x));
      copy.setAttribute('y', String(y));
      root.append(copy);
    }
  }

  const key = element('g', {
    transform: `translate(0,${Math.round(box.height)})`,
    fill: ink,
    'font-family': font,
    'font-size': 13,
  });
  for (const identity of layout.identities) {
    key.append(
      element('path', {
        d: identity.shape,
        fill: identity.colour,
        stroke: background,
        transform: `translate(${identity.x + 8},${identity.y + 8})`,
      }),
      element(
        'text',
        { x: identity.x + 22, y: identity.y + 13, 'font-weight': 700 },
        identity.name,
      ),
    );
  }
  for (const line of layout.lines) key.append(element('text', { x: 14, y: line.y }, line.text));
  // Small and grey in either theme: the ink, faded.
  for (const line of layout.credit)
    key.append(
      element('text', { x: 14, y: line.y, 'font-size': 11, 'fill-opacity': 0.7 }, line.text),
    );
  root.append(key);
  return { svg: new XMLSerializer().serializeToString(root), width, height };
}

/** The picture as a PNG at `scale` times its size, drawn by the browser from the SVG. */
export async function pictureToPng(picture: Picture, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([picture.svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = picture.width * scale;
    canvas.height = picture.height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser gave no canvas to draw on');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the browser made no PNG'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
