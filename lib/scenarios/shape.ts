// The expected shape of one part of the scenarios schema, in one line, for
// error messages: the object a wrong key sits in, or the field a wrong value
// was given for, never the whole file (issue 18: every error repeated it).

export type SchemaNode = Record<string, unknown>;

/** A discriminated union (the load) narrowed to the branch of `value`'s kind, when it names one. */
export function branchOf(root: SchemaNode, at: SchemaNode | undefined, value: unknown): SchemaNode | undefined {
  const node = deref(root, at);
  if (!node || !Array.isArray(node.oneOf) || value === null || typeof value !== 'object') return node;
  const kind = (value as Record<string, unknown>).kind;
  const branch = (node.oneOf as SchemaNode[]).find((b) => (b.properties as Record<string, SchemaNode> | undefined)?.kind?.const === kind);
  return branch ? { ...node, oneOf: undefined, ...branch } : node;
}

/**
 * The schema of the value at `instancePath` ("/scenarios/default/load") in
 * `data`. ajv's own schemaPath cannot serve: it is relative to the last $ref.
 */
export function nodeForInstance(root: SchemaNode, instancePath: string, data: unknown): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  let value = data;
  for (const raw of instancePath.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = branchOf(root, node, value);
    const props = (node?.properties ?? {}) as Record<string, SchemaNode>;
    if (Object.hasOwn(props, part)) node = props[part];
    else if (node?.items && Array.isArray(value)) node = node.items as SchemaNode;
    else if (node?.additionalProperties && typeof node.additionalProperties === 'object') node = node.additionalProperties as SchemaNode;
    else return undefined;
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  }
  return branchOf(root, node, value);
}

/** The node a JSON pointer ("#/$defs/load/oneOf/0") names in `root`, $refs followed. */
export function nodeAt(root: SchemaNode, pointer: string): SchemaNode | undefined {
  let node: unknown = root;
  for (const part of pointer.replace(/^#\/?/, '').split('/').filter(Boolean)) {
    node = deref(root, node as SchemaNode)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    if (node === undefined) return undefined;
  }
  return deref(root, node as SchemaNode);
}

export function deref(root: SchemaNode, node: SchemaNode | undefined): SchemaNode | undefined {
  const ref = node?.$ref;
  return typeof ref === 'string' ? nodeAt(root, ref) : node;
}

function range(node: SchemaNode): string {
  const low = node.minimum ?? node.exclusiveMinimum;
  const high = node.maximum;
  if (low === undefined && high === undefined) return '';
  const from = low === undefined ? '' : `${node.exclusiveMinimum !== undefined ? '>' : '>='} ${String(low)}`;
  const to = high === undefined ? '' : `<= ${String(high)}`;
  return ` ${[from, to].filter(Boolean).join(', ')}`;
}

/** `node` as one line; objects nested deeper than `depth` become {...}. */
export function shapeOf(root: SchemaNode, at: SchemaNode | undefined, depth = 1): string {
  const node = deref(root, at);
  if (!node) return 'any';
  if ('const' in node) return JSON.stringify(node.const);
  if (Array.isArray(node.enum)) return node.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (depth < 0 && (Array.isArray(node.oneOf) || node.type === 'object' || node.properties)) return '{...}';
  if (Array.isArray(node.oneOf)) return node.oneOf.map((b) => shapeOf(root, { ...node, oneOf: undefined, ...(b as SchemaNode) }, depth)).join(' | ');
  const type = node.type;
  if (type === 'array') return `[${shapeOf(root, node.items as SchemaNode, depth - 1)}, ...]`;
  if (type === 'object' || node.properties) {
    if (depth < 0) return '{...}';
    const props = (node.properties ?? {}) as Record<string, SchemaNode>;
    const required = new Set((node.required as string[] | undefined) ?? []);
    const fields = Object.entries(props).map(([k, v]) => `"${k}"${required.has(k) ? '' : '?'}: ${shapeOf(root, v, depth - 1)}`);
    const extra = node.additionalProperties;
    if (extra && typeof extra === 'object') fields.push(`"<name>": ${shapeOf(root, extra as SchemaNode, depth - 1)}`);
    return `{${fields.join(', ')}}`;
  }
  if (Array.isArray(type)) return type.join(' | ');
  if (typeof type === 'string') return `${type}${range(node)}`;
  return 'any';
}
