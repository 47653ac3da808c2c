// An XML export read into a tree of elements and attributes (JProfiler's
// jpexport writes call trees as nested elements). saxes does the XML: a
// streaming parser with no recursion, so nesting depth costs memory, not
// stack; the tree is built here with an explicit stack. Text, CDATA and
// comments carry nothing these exports are read for and are skipped. A
// DOCTYPE is refused: its entity declarations are not read, so a document
// that relies on them cannot be read as meant. Every error is bad input
// with the file and line.

import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { ProfilerError, badInput } from '../base/errors.js';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** 1-based line of the start tag. */
  line: number;
}

/** saxes' "3:4: unexpected close tag." as "unexpected close tag" (the line is ours to put first). */
function saxesWords(message: string): string {
  return message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
}

/** The name in the `</name>` that ends just before `column` on `line` (1-based) of `text`. */
function closingNameAt(text: string, line: number, column: number): string | undefined {
  let start = 0;
  for (let l = 1; l < line && start >= 0; l++) start = text.indexOf('\n', start) + 1;
  return /<\/([^\s>]+)\s*>$/.exec(text.slice(start, start + column))?.[1];
}

/**
 * The document's root element. Elements nested more than `maxDepth` below the root are
 * refused where they start: a call tree deeper than the deepest stack a profile may hold
 * (PERF_MAX_STACK_DEPTH) is not read into memory first.
 */
export function parseXml(text: string, name: string, maxDepth: number): XmlElement {
  const parser = new SaxesParser();
  const open: XmlElement[] = [];
  let root: XmlElement | undefined;
  /** The element the last close tag ended: the one a mismatched close tag ended instead. */
  let lastClosed: XmlElement | undefined;
  let startLine = 1;
  const fail = (what: string) => badInput(`${name}:${parser.line}`, what);

  // At opentagstart saxes has read the name and the character after it: a newline there
  // has already moved it to the next line.
  parser.on('opentagstart', () => {
    startLine = parser.columnIndex === 0 ? parser.line - 1 : parser.line;
    if (open.length > maxDepth) throw fail(`elements nested more than ${maxDepth} below the root (the deepest stack a profile may hold, PERF_MAX_STACK_DEPTH)`);
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const element: XmlElement = { name: tag.name, attrs: tag.attributes, children: [], line: startLine };
    const parent = open.at(-1);
    if (parent) parent.children.push(element);
    else root = element;
    if (!tag.isSelfClosing) open.push(element);
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    if (!tag.isSelfClosing) lastClosed = open.pop();
  });
  parser.on('doctype', () => {
    throw fail('a DOCTYPE is not supported in this export (its entity declarations are not read)');
  });
  parser.on('error', (err: Error) => {
    const words = saxesWords(err.message);
    if (words === 'unexpected close tag' && lastClosed) {
      const closing = closingNameAt(text, parser.line, parser.columnIndex) ?? '?';
      throw fail(`</${closing}> closes <${lastClosed.name}> from line ${lastClosed.line}`);
    }
    const unclosed = open.at(-1);
    if (words.startsWith('unclosed tag') && unclosed) throw fail(`<${unclosed.name}> from line ${unclosed.line} never closed`);
    throw fail(words);
  });
  try {
    parser.write(text).close();
  } catch (err) {
    if (err instanceof ProfilerError) throw err;
    throw fail(`not well-formed XML (${(err as Error).message})`);
  }
  if (!root) throw fail('no root element');
  return root;
}
