// Rules for native code (perf record -g, folded stacks): libc and kernel
// frames say what the user's C/C++/Rust function was waiting for.

import { GC_TIME, LIBRARY_CALL } from './thresholds.js';
import type { Rule } from './types.js';

const CPU = ['cpu', 'wall'] as const;

export const NATIVE_RULES: Rule[] = [
  {
    id: 'native-small-writes', runtimes: ['native'], match: { kinds: CPU, frame: /^(?:__GI___libc_write|__libc_write|__write|write|__write_nocancel|_IO_new_file_write|new_do_write|ksys_write|__x64_sys_write|vfs_write)$/ },
    minShare: LIBRARY_CALL, category: 'io', cause: 'small-writes',
    explain: 'write() called for tiny amounts of data: one system call per byte or line',
    evidence: 'the write syscall frames and their share',
    strategies: ['buffer-writes', 'batch-io'],
  },
  {
    id: 'native-reads', runtimes: ['native'], match: { kinds: CPU, frame: /^(?:__GI___libc_read|__libc_read|__read|read|ksys_read|__x64_sys_read|vfs_read)$/ }, minShare: LIBRARY_CALL,
    category: 'io', cause: 'blocking-io',
    explain: 'read() system calls on the hot path',
    evidence: 'the read syscall frames and their share',
    strategies: ['batch-io', 'cache-file-read'],
  },
  {
    id: 'native-malloc', runtimes: ['native'], match: { kinds: CPU, frame: /^(?:malloc|free|calloc|realloc|cfree|_int_malloc|_int_free|_int_realloc|malloc_consolidate|__GI___libc_malloc|__libc_malloc|__GI___libc_free|__libc_free|tcache_\w+|operator new|operator delete|je_\w*malloc\w*|tc_\w*alloc)(?:\(.*\))?$/ },
    minShare: LIBRARY_CALL, category: 'memory', cause: 'allocation-churn',
    explain: 'heap allocation and release per item',
    evidence: 'the malloc/free frames and their share',
    strategies: ['reduce-allocations', 'reuse-buffers', 'object-pooling'],
  },
  {
    id: 'native-mutex', runtimes: ['native'], match: { kinds: CPU, frame: /^(?:pthread_mutex_lock|___pthread_mutex_lock|__pthread_mutex_lock|pthread_mutex_unlock|__lll_lock_wait\w*|__lll_lock_wake\w*|futex_wait\w*|__x64_sys_futex|do_futex|pthread_rwlock_\w+|pthread_spin_lock)$/ },
    minShare: LIBRARY_CALL, category: 'lock', cause: 'mutex-contention',
    explain: 'threads contend for a pthread mutex (futex waits and wake-ups)',
    evidence: 'the pthread/futex frames and their share',
    strategies: ['shrink-critical-section', 'shard-lock', 'lock-free'],
  },
  {
    id: 'native-page-faults', runtimes: ['native'], match: { kinds: CPU, frame: /^(?:asm_exc_page_fault|exc_page_fault|do_user_addr_fault|handle_mm_fault|__handle_mm_fault|clear_page_erms|do_anonymous_page)$/ }, minShare: GC_TIME,
    category: 'memory', cause: 'page-faults',
    explain: 'the kernel maps fresh memory pages: large or repeated fresh allocations',
    evidence: 'the page-fault frames and their share',
    strategies: ['reuse-buffers', 'reduce-allocations'],
  },
  {
    id: 'native-busy-wait', runtimes: ['native'], match: { kinds: CPU, frame: /^(?:sched_yield|__sched_yield|__x64_sys_sched_yield|do_sched_yield)$/ }, minShare: LIBRARY_CALL,
    category: 'cpu', cause: 'busy-wait',
    explain: 'a thread spins with sched_yield instead of blocking on a condition',
    evidence: 'the sched_yield frames and their share',
    strategies: ['replace-busy-wait'],
  },
  {
    id: 'native-syscall', runtimes: ['native'],
    match: { kinds: CPU, frame: /^(?:entry_(?:SYSCALL|SYSENTER|INT80)\w*|do_syscall_\w+|x64_sys_call|__(?:x64|ia32|arm64|riscv|s390x?|se|do)_sys_\w+|ksys_\w+|el0_svc\w*|do_el0_svc\w*|invoke_syscall)$/, yields: true },
    minShare: LIBRARY_CALL, category: 'io', cause: 'syscalls',
    explain: 'time inside system calls the user code makes: each call crosses into the kernel',
    evidence: 'the syscall frames (the deepest names the call) and their share',
    strategies: ['batch-io', 'buffer-writes'],
  },
  {
    id: 'native-string-ops', runtimes: ['native'], match: { kinds: CPU, frame: /^(?:__strlen_\w+|strlen|__strcat_\w+|strcat|__strcpy_\w+|strcpy|__memmove_\w+|memmove|__memcpy_\w+|memcpy)$/ }, minShare: LIBRARY_CALL,
    category: 'cpu', cause: 'string-building',
    explain: 'strings or buffers copied and re-measured repeatedly (strcat/strlen in a loop)',
    evidence: 'the string/memory copy frames and their share',
    strategies: ['string-builder', 'reuse-buffers'],
  },
];
