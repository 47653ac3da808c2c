// The memory limit the target runs under, when a cgroup sets one (a
// container's --memory, a systemd MemoryMax=): cgroup v2's memory.max or v1's
// memory.limit_in_bytes of the cgroup this process (and so the target, which
// inherits it) belongs to. "max", or v1's page-rounded 2^63, is no limit.

import { readFileSync } from 'node:fs';

/** v1 writes "no limit" as the largest page-aligned 63-bit number; anything this big is unlimited. */
const UNLIMITED_FROM = 2 ** 60;

export interface CgroupLimit {
  bytes: number;
  /** The file it was read from. */
  source: string;
}

type Read = (path: string) => string | undefined;

const readOrUndefined: Read = (path) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

/** The files that may hold the limit, most specific first, from /proc/self/cgroup's text. */
export function limitFiles(procCgroup: string): string[] {
  const files: string[] = [];
  for (const line of procCgroup.split('\n')) {
    const [, controllers, path] = /^\d+:([^:]*):(.*)$/.exec(line.trim()) ?? [];
    if (path === undefined) continue;
    const dir = path === '/' ? '' : path;
    if (controllers === '') files.push(`/sys/fs/cgroup${dir}/memory.max`, '/sys/fs/cgroup/memory.max');
    if (controllers!.split(',').includes('memory')) files.push(`/sys/fs/cgroup/memory${dir}/memory.limit_in_bytes`, '/sys/fs/cgroup/memory/memory.limit_in_bytes');
  }
  return [...new Set(files)];
}

export function cgroupMemoryLimit(read: Read = readOrUndefined): CgroupLimit | undefined {
  for (const file of limitFiles(read('/proc/self/cgroup') ?? '')) {
    const text = read(file)?.trim();
    if (text === undefined) continue;
    const bytes = Number(text);
    if (text === 'max' || !Number.isFinite(bytes) || bytes >= UNLIMITED_FROM) return undefined;
    if (bytes > 0) return { bytes, source: file };
  }
  return undefined;
}
