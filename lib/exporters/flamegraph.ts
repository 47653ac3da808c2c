// Interactive flame graph of one profile as one self-contained HTML page (or
// a fragment to embed in report.html). Pure: profile in, text out; the page's
// own inline script does the interaction.

import type { Profile } from '../model/profile.js';
import { buildFlameTree, type FlameTree } from './flame-tree.js';
import { renderFlameFragment, type FlameMark, type FragmentOptions } from './html/flame-fragment.js';
import { WIDTH } from './html/flame-layout.js';
import { FLAME_SCRIPT } from './html/flame-script.js';
import { FLAME_CSS } from './html/flame-style.js';
import { renderTopTable } from './html/flame-top.js';
import type { OriginFn } from './html/origin.js';
import { htmlPage } from './html/page.js';

/** Frames narrower than this many pixels (of the 1200 px graph) are merged, like FlameGraph's --minwidth. */
export const DEFAULT_MIN_WIDTH_PX = 0.5;

export interface FlameGraphOptions {
  id: string;
  title: string;
  sampleType?: string;
  minWidthPx?: number;
  marks?: FlameMark[];
  origin?: OriginFn;
  /** How a file is shown in tooltips and the table (relative to the project root). */
  displayFile?: (file: string) => string;
  /** Add the top-functions table under the graph (the flame graph page; report.html has its own tables). */
  topTable?: boolean;
}

// The trees built per profile, by sample type and width: report.html's fragment and the flame
// graph page draw the same tree, which was built twice (a third of perf-apply on a perf recording).
const trees = new WeakMap<Profile, Map<string, FlameTree>>();

/** The flame tree of `profile`, built once per sample type and width (renderers only read it). */
export function flameTreeOf(profile: Profile, sampleType?: string, minWidthPx = DEFAULT_MIN_WIDTH_PX): FlameTree {
  let built = trees.get(profile);
  if (!built) trees.set(profile, (built = new Map()));
  const key = `${sampleType ?? ''}\u0000${minWidthPx}`;
  let tree = built.get(key);
  if (!tree) built.set(key, (tree = buildFlameTree(profile, sampleType, minWidthPx / WIDTH)));
  return tree;
}

export function renderFlameGraphFragment(profile: Profile, options: FlameGraphOptions): string {
  const table = options.topTable ? renderTopTable(profile, { ...(options.sampleType ? { sampleType: options.sampleType } : {}), ...(options.displayFile ? { displayFile: options.displayFile } : {}) }) : '';
  return renderFlameFragment(flameTreeOf(profile, options.sampleType, options.minWidthPx), table ? { ...options, below: table } : options);
}

/** A fragment as a page of its own: one file, opened from disk, no network. */
export function flamePage(title: string, fragment: string): string {
  return htmlPage(title, fragment, FLAME_CSS, FLAME_SCRIPT);
}

export function renderFlameGraphHtml(profile: Profile, options: FlameGraphOptions): string {
  return flamePage(options.title, renderFlameGraphFragment(profile, options));
}

export type { FlameMark, FragmentOptions };
