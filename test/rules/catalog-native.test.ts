// Every native rule (lib/rules/catalog-native.ts): matched by a minimal profile
// with its libc or kernel frame, and not by a near miss.
import { NATIVE_RULES } from '../../lib/rules/catalog-native.js';
import { type Case, checkCatalog, f, K, LIBC } from './rule-cases.js';

const CASES: Case[] = [
  ['native-small-writes', f('__GI___libc_write', LIBC), f('__GI___libc_open', LIBC), 'cpu', 'c'],
  ['native-reads', f('__libc_read', LIBC), f('__libc_readv', LIBC), 'cpu', 'c'],
  ['native-malloc', f('_int_malloc', LIBC), f('_int_memalign', LIBC), 'cpu', 'c'],
  ['native-mutex', f('__lll_lock_wait', LIBC), f('__lll_trylock', LIBC), 'cpu', 'c'],
  ['native-page-faults', f('exc_page_fault', K), f('exc_general_protection', K), 'cpu', 'c'],
  ['native-busy-wait', f('sched_yield', LIBC), f('sched_getaffinity', LIBC), 'cpu', 'c'],
  ['native-syscall', f('entry_SYSCALL_64_after_hwframe', K), f('asm_sysvec_apic_timer_interrupt', K), 'cpu', 'c'],
  ['native-string-ops', f('__strlen_avx2', LIBC), f('__strchr_avx2', LIBC), 'cpu', 'c'],
];

checkCatalog(NATIVE_RULES, CASES);
