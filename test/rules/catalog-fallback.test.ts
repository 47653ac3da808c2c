// The fallback rules (lib/rules/catalog-fallback.ts): whatever no other rule
// explained, per profile kind; a stack another rule explains is not theirs.
import { FALLBACK_RULES } from '../../lib/rules/catalog-fallback.js';
import { type Case, checkCatalog, f, GO } from './rule-cases.js';

const CASES: Case[] = [
  // Only fallbacks read alloc profiles; the near miss is the same stack in a CPU profile.
  ['allocation-hotspot', {}, {}, 'alloc', 'js', 'cpu'],
  ['lock-contention', {}, f('sync.(*Mutex).Unlock', `${GO}/sync/mutex.go`), 'lock', 'go'],
  ['blocking', {}, f('runtime.chanrecv1', `${GO}/runtime/chan.go`), 'block', 'go'],
  ['hot-function', {}, f('RegExp: ^a$')],
];

checkCatalog(FALLBACK_RULES, CASES);
