// The rule catalog: one table, in priority order. When several rules match
// one frame the first wins; across a stack the frame nearest the user's code
// wins (so encoding/json beats the mallocgc it calls). A server's idle loops
// first (catalog-idle.ts), fallback rules last.

import { FALLBACK_RULES } from './catalog-fallback.js';
import { GO_RULES } from './catalog-go.js';
import { IDLE_RULES } from './catalog-idle.js';
import { JAVA_RULES } from './catalog-java.js';
import { NATIVE_RULES } from './catalog-native.js';
import { NODE_RULES } from './catalog-node.js';
import { PYTHON_RULES } from './catalog-python.js';
import type { Rule } from './types.js';

export const RULES: readonly Rule[] = [...IDLE_RULES, ...NODE_RULES, ...GO_RULES, ...JAVA_RULES, ...PYTHON_RULES, ...NATIVE_RULES, ...FALLBACK_RULES];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
