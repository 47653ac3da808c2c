// The cgroup memory limit: v2 and v1 layouts, "no limit" in both spellings.
import t from 'tap';
import { cgroupMemoryLimit, limitFiles } from '../../lib/collectors/cgroup-limit.js';

const fs = (files: Record<string, string>) => (path: string) => files[path];

t.test('cgroup v2: memory.max of our cgroup', async (t) => {
  const read = fs({ '/proc/self/cgroup': '0::/app.slice/svc\n', '/sys/fs/cgroup/app.slice/svc/memory.max': '536870912\n' });
  t.same(cgroupMemoryLimit(read), { bytes: 536870912, source: '/sys/fs/cgroup/app.slice/svc/memory.max' });
  t.equal(cgroupMemoryLimit(fs({ '/proc/self/cgroup': '0::/\n', '/sys/fs/cgroup/memory.max': 'max\n' })), undefined, 'max is no limit');
});

t.test('cgroup v1: memory.limit_in_bytes, the page-rounded 2^63 is no limit', async (t) => {
  const text = '4:memory:/docker/abc\n3:cpu,cpuacct:/docker/abc\n';
  t.same(limitFiles(text), ['/sys/fs/cgroup/memory/docker/abc/memory.limit_in_bytes', '/sys/fs/cgroup/memory/memory.limit_in_bytes']);
  t.same(cgroupMemoryLimit(fs({ '/proc/self/cgroup': text, '/sys/fs/cgroup/memory/memory.limit_in_bytes': '1073741824' })), { bytes: 1073741824, source: '/sys/fs/cgroup/memory/memory.limit_in_bytes' });
  t.equal(cgroupMemoryLimit(fs({ '/proc/self/cgroup': text, '/sys/fs/cgroup/memory/docker/abc/memory.limit_in_bytes': '9223372036854771712' })), undefined);
  t.equal(cgroupMemoryLimit(fs({})), undefined, 'no /proc: no limit');
});
