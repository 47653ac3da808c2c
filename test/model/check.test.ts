// checkProfile: the invariants every imported profile must hold, each failure
// one line naming the place; the limits read from the environment.
import t from 'tap';
import { DEFAULT_PROFILE_LIMITS, checkProfile, profileLimitsFrom } from '../../lib/model/check.js';
import type { Profile } from '../../lib/model/profile.js';

function profile(overrides: Partial<Profile> = {}): Profile {
  return {
    sampleTypes: [{ type: 'cpu', unit: 'nanoseconds' }],
    defaultSampleIndex: 0,
    period: 0,
    timeNs: 0,
    durationNs: 0,
    frames: [{ name: 'main', file: 'a.js', line: 1, column: 0 }],
    samples: [{ stack: [0], values: [5] }],
    comments: [],
    ...overrides,
  };
}

t.test('a valid profile passes', async (t) => {
  t.doesNotThrow(() => checkProfile(profile(), 'in'));
});

t.test('each broken invariant is named with the input and the sample', async (t) => {
  const cases: [Partial<Profile>, string][] = [
    [{ sampleTypes: [], samples: [] }, 'in: profile has no sample types'],
    [{ defaultSampleIndex: 1 }, 'in: default sample index 1 is out of range'],
    [{ samples: [{ stack: [0], values: [1, 2] }] }, 'in: sample 0 has 2 values for 1 sample types'],
    [{ samples: [{ stack: [0], values: [1] }, { stack: [0], values: [NaN] }] }, 'in: sample 1 has a value that is not a finite number'],
    [{ samples: [{ stack: [3], values: [1] }] }, 'in: sample 0 refers to missing frame 3'],
    [{ samples: [{ stack: [0.5], values: [1] }] }, 'in: sample 0 refers to missing frame 0.5'],
  ];
  for (const [overrides, message] of cases) t.throws(() => checkProfile(profile(overrides), 'in'), { code: 'bad-input', message }, message);
});

t.test('the size limits, and where to raise them', async (t) => {
  const deep = profile({ samples: [{ stack: [0, 0, 0], values: [1] }] });
  t.throws(() => checkProfile(deep, 'in', { maxStackDepth: 2, maxSamples: 10 }), { message: 'in: sample 0 is 3 frames deep, over the limit of 2 (PERF_MAX_STACK_DEPTH)' });
  const many = profile({ samples: [{ stack: [0], values: [1] }, { stack: [], values: [1] }] });
  t.throws(() => checkProfile(many, 'in', { maxStackDepth: 10, maxSamples: 1 }), { message: 'in: profile has 2 distinct samples, over the limit of 1 (PERF_MAX_SAMPLES)' });
});

t.test('limits from the environment: whole numbers of at least 1, else the defaults', async (t) => {
  t.same(profileLimitsFrom({}), DEFAULT_PROFILE_LIMITS);
  t.same(profileLimitsFrom({ PERF_MAX_STACK_DEPTH: '64', PERF_MAX_SAMPLES: '1000' }), { maxStackDepth: 64, maxSamples: 1000 });
  t.throws(() => profileLimitsFrom({ PERF_MAX_SAMPLES: '0' }), { code: 'bad-input', message: "PERF_MAX_SAMPLES: expected a whole number of at least 1, got '0'" });
  t.throws(() => profileLimitsFrom({ PERF_MAX_STACK_DEPTH: '1e3' }), { message: "PERF_MAX_STACK_DEPTH: expected a whole number of at least 1, got '1e3'" });
});
