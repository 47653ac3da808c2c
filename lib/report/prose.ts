// Text from the records as a report shows it: paths relative to the run's
// source root and numbers as people read them (lib/base/human.ts). One place,
// so report.md, report.html and the fix-first list read the same.

import { humanText } from '../base/human.js';
import { relativeText, shownLocation } from './paths.js';
import type { RunContents } from './run-contents.js';

/** Free text (why, evidence, descriptions, diagnostics) for people. */
export const prose = (c: Pick<RunContents, 'sourceRoot'>, text: string): string => humanText(relativeText(text, c.sourceRoot));

/** "server.js:57" for a record's file and line. */
export const where = (c: Pick<RunContents, 'sourceRoot'>, file: string, line: number): string => shownLocation(file, line, c.sourceRoot);

/** A plan item's title without the "(server.js:57)" it ends with, for places that show the location beside it. */
export const bareTitle = (title: string): string => title.replace(/\s\([^()]*:\d+\)$/, '');
