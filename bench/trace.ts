/**
 * Reading a Chromium performance trace: the renderer's main-thread work in a window of time,
 * split into what the DevTools Performance panel calls scripting, style, layout and paint, plus
 * raster (the tiles and canvases rasterised on the raster threads, in software without a GPU).
 *
 * The benchmark's own tasks (its evaluations, which the page never makes) are left out. Each
 * trace event's self time (its duration less its children's) goes to one kind by its name, or
 * to its parent's kind; what names no kind (the task scheduler's own work) is "other".
 */

/** A trace event as Chromium writes it (the fields read here). */
export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly name?: string; readonly data?: { readonly type?: string } };
}

export const KINDS = ['script', 'style', 'layout', 'paint', 'raster', 'other'] as const;
export type Kind = (typeof KINDS)[number];
export type Split = Record<Kind, number>;

/**
 * Which kind an event's own time is, by its name (first rule that matches). Skia's drawing calls
 * on the main thread are a canvas being rasterised in software: raster, like the raster threads'.
 */
const KIND_RULES: readonly (readonly [RegExp, Kind])[] = [
  [/SkCanvas|^RasterTask$|^Canvas|ZeroCopyRasterBuffer|DisplayItemList::Raster/, 'raster'],
  [
    /^(FunctionCall|EvaluateScript|EventDispatch|RunMicrotasks|TimerFire|FireAnimationFrame|FireIdleCallback|HandlePostMessage|MessagePort::Accept|MinorGC|MajorGC|ParseHTML|HTMLDocumentParser|SerializedScriptValue)|^(V8|v8)\./,
    'script',
  ],
  [
    /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|Document::recalcStyle|StyleEngine)/,
    'style',
  ],
  [
    /^(Layout|LocalFrameView::performLayout|LocalFrameView::layout|InlineNode::|UpdateLayerTree|LayoutObject|LayoutBlock)/,
    'layout',
  ],
  [
    /^(Paint|PrePaint|PaintImage|Blink\.(PrePaint|Paint|CompositingInputs)|PaintArtifactCompositor|Layerize|UpdateLayer|LayerTreeHost::DoUpdateLayers|Commit|ProxyMain::BeginMainFrame::commit|CompositeLayers)/,
    'paint',
  ],
];

const kindOf = (name: string): Kind | undefined =>
  KIND_RULES.find(([rule]) => rule.test(name))?.[1];

/** Chromium's names for a renderer's main thread and its raster threads. */
const MAIN_THREAD = 'CrRendererMain';
const RASTER_THREAD = /^(CompositorTileWorker|RasterWorker|ThreadPoolForegroundWorker)/;

export interface Threads {
  readonly main: { pid: number; tid: number };
  /** tids of raster threads in the same process. */
  readonly raster: ReadonlySet<number>;
}

/** The page's renderer: the main thread that dispatched `marker` events, and its raster threads. */
export function findThreads(events: readonly TraceEvent[], marker: (e: TraceEvent) => boolean) {
  const names = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name')
      names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const marked = events.find((e) => marker(e) && names.get(`${e.pid}:${e.tid}`) === MAIN_THREAD);
  if (!marked) throw new Error('No event of the page was found on a renderer main thread.');
  const raster = new Set<number>();
  for (const [key, name] of names) {
    const [pid, tid] = key.split(':').map(Number) as [number, number];
    if (pid === marked.pid && RASTER_THREAD.test(name)) raster.add(tid);
  }
  return { main: { pid: marked.pid, tid: marked.tid }, raster } satisfies Threads;
}

/** Complete events ('X') of one thread, sorted by start, with their self times by kind. */
interface Slice {
  readonly ts: number;
  readonly end: number;
  readonly kind: Kind;
  self: number;
  readonly top: boolean;
  /** The index of the top-level task the slice belongs to. */
  readonly task: number;
}

function selfTimes(events: readonly TraceEvent[]): { slices: Slice[]; harness: Set<number> } {
  const sorted = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const out: Slice[] = [];
  const harness = new Set<number>();
  const stack: { end: number; index: number }[] = [];
  for (const e of sorted) {
    const end = e.ts + e.dur!;
    while (stack.length && stack[stack.length - 1]!.end <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    // A child's time is not its parent's own.
    if (parent) out[parent.index]!.self -= Math.min(e.dur!, parent.end - e.ts);
    const inherited = parent ? out[parent.index]!.kind : 'other';
    const kind = kindOf(e.name) ?? inherited;
    const task = parent ? out[parent.index]!.task : out.length;
    // The benchmark's own evaluations (the page itself never evaluates a string: see its CSP).
    if (e.name === 'EvaluateScript') harness.add(task);
    out.push({ ts: e.ts, end, kind, self: e.dur!, top: !parent, task });
    stack.push({ end, index: out.length - 1 });
  }
  return { slices: out, harness };
}

export interface WindowWork {
  /** Main-thread busy time: the top-level tasks that start in the window, ms. */
  readonly main: number;
  /** That time by kind, plus raster threads' work in the window, ms. */
  readonly split: Split;
}

/**
 * The work done in each window [starts[k], starts[k + 1]) (trace microseconds): main-thread tasks
 * by the window they start in, raster tasks likewise.
 */
export function workPerWindow(
  events: readonly TraceEvent[],
  threads: Threads,
  starts: readonly number[],
  end: number,
): WindowWork[] {
  const { slices: main, harness } = selfTimes(
    events.filter((e) => e.pid === threads.main.pid && e.tid === threads.main.tid),
  );
  const raster = events.filter(
    (e) =>
      e.pid === threads.main.pid &&
      threads.raster.has(e.tid) &&
      e.ph === 'X' &&
      e.name === 'RasterTask',
  );
  const windows = starts.map(() => ({
    main: 0,
    split: Object.fromEntries(KINDS.map((k) => [k, 0])) as Split,
  }));
  const windowOf = (ts: number) => {
    if (ts < starts[0]! || ts >= end) return -1;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= ts) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  // Attribute every slice of a task to the window its top-level task starts in.
  let current = -1;
  for (const slice of main) {
    if (slice.top) current = harness.has(slice.task) ? -1 : windowOf(slice.ts);
    if (current < 0) continue;
    const w = windows[current]!;
    if (slice.top) w.main += (slice.end - slice.ts) / 1000;
    w.split[slice.kind] += slice.self / 1000;
  }
  for (const e of raster) {
    const k = windowOf(e.ts);
    if (k >= 0) windows[k]!.split.raster += e.dur! / 1000;
  }
  return windows;
}
