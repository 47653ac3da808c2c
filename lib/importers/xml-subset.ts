// A small, strict XML reader for the exports profilers write (JProfiler's
// jpexport): elements, attributes, comments, the <?xml?> declaration and the
// five predefined entities plus numeric ones. Anything else (DTDs, CDATA,
// mixed text) is refused with the line it is on: these files are machine
// written, and a surprise is better reported than guessed around.

import { badInput } from '../base/errors.js';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** 1-based line of the start tag. */
  line: number;
}

const NAME = /[A-Za-z_:][-A-Za-z0-9_.:]*/y;
const SPACE = /\s*/y;
const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string, where: () => string): string {
  return text.replace(/&([^;&\s]*);?/g, (whole, body: string) => {
    if (!whole.endsWith(';')) throw badInput(where(), `'&' not followed by an entity name and ';'`);
    if (body in ENTITY) return ENTITY[body]!;
    const code = /^#x([0-9a-fA-F]+)$/.exec(body) ? parseInt(body.slice(2), 16) : /^#(\d+)$/.exec(body) ? Number(body.slice(1)) : NaN;
    if (!Number.isInteger(code) || code > 0x10ffff) throw badInput(where(), `unknown entity '&${body};'`);
    return String.fromCodePoint(code);
  });
}

export function parseXml(text: string, name: string): XmlElement {
  let pos = 0;
  // Positions only move forward while parsing, so lines are counted incrementally.
  let countedTo = 0;
  let countedLine = 1;
  const lineAt = (at: number): number => {
    if (at < countedTo) {
      countedTo = 0;
      countedLine = 1;
    }
    for (let i = text.indexOf('\n', countedTo); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) countedLine++;
    countedTo = at;
    return countedLine;
  };
  const fail = (what: string, at = pos) => badInput(`${name}:${lineAt(at)}`, what);
  const skipSpace = () => {
    SPACE.lastIndex = pos;
    SPACE.exec(text);
    pos = SPACE.lastIndex;
  };
  const readName = (what: string): string => {
    NAME.lastIndex = pos;
    const m = NAME.exec(text);
    if (!m) throw fail(`expected ${what}`);
    pos = NAME.lastIndex;
    return m[0];
  };
  /** Comments, processing instructions and whitespace between elements. */
  const skipMisc = (): void => {
    for (;;) {
      skipSpace();
      if (text.startsWith('<!--', pos)) {
        const end = text.indexOf('-->', pos + 4);
        if (end < 0) throw fail('comment never closed');
        pos = end + 3;
      } else if (text.startsWith('<?', pos)) {
        const end = text.indexOf('?>', pos + 2);
        if (end < 0) throw fail("'<?' never closed by '?>'");
        pos = end + 2;
      } else if (text.startsWith('<!', pos)) {
        throw fail('DOCTYPE and CDATA sections are not supported in this export');
      } else return;
    }
  };

  const readElement = (depth: number): XmlElement => {
    if (depth > 10_000) throw fail('elements nested too deep');
    const start = pos;
    if (text[pos] !== '<') throw fail(`expected '<', found ${JSON.stringify(text.slice(pos, pos + 20))}`);
    pos++;
    const element: XmlElement = { name: readName('an element name'), attrs: {}, children: [], line: lineAt(start) };
    for (;;) {
      skipSpace();
      if (text.startsWith('/>', pos)) {
        pos += 2;
        return element;
      }
      if (text[pos] === '>') {
        pos++;
        break;
      }
      const attrAt = pos;
      const attr = readName(`an attribute or '>' in <${element.name}>`);
      skipSpace();
      if (text[pos] !== '=') throw fail(`expected '=' after attribute ${attr}`);
      pos++;
      skipSpace();
      const quote = text[pos];
      if (quote !== '"' && quote !== "'") throw fail(`expected a quoted value for attribute ${attr}`);
      const end = text.indexOf(quote, pos + 1);
      if (end < 0) throw fail(`value of attribute ${attr} never closed`);
      const raw = text.slice(pos + 1, end);
      if (raw.includes('<')) throw fail(`'<' inside the value of attribute ${attr}`);
      if (attr in element.attrs) throw fail(`attribute ${attr} repeated`, attrAt);
      element.attrs[attr] = decodeEntities(raw, () => `${name}:${lineAt(attrAt)}`);
      pos = end + 1;
    }
    for (;;) {
      skipMisc();
      if (pos >= text.length) throw fail(`<${element.name}> from line ${element.line} never closed`);
      if (text.startsWith('</', pos)) {
        pos += 2;
        const closing = readName('a closing tag name');
        if (closing !== element.name) throw fail(`</${closing}> closes <${element.name}> from line ${element.line}`);
        skipSpace();
        if (text[pos] !== '>') throw fail(`expected '>' after </${closing}`);
        pos++;
        return element;
      }
      if (text[pos] !== '<') throw fail(`unexpected text inside <${element.name}>; this export has only elements`);
      element.children.push(readElement(depth + 1));
    }
  };

  if (text.charCodeAt(0) === 0xfeff) pos = 1;
  skipMisc();
  if (pos >= text.length) throw fail('no root element');
  const root = readElement(0);
  skipMisc();
  if (pos < text.length) throw fail('content after the root element');
  return root;
}
