// What JProfiler's XML and CSV exports share: the sample types of its views
// and how a class and method become a frame.

import { ProfileBuilder } from '../model/builder.js';

export function jprofilerBuilder(): ProfileBuilder {
  return new ProfileBuilder({
    sampleTypes: [
      { type: 'calls', unit: 'count' },
      { type: 'cpu', unit: 'nanoseconds' },
    ],
  });
}

/** "com.example.Foo" + "bar" -> the frame JProfiler shows as com.example.Foo.bar; the class stands in for the file. */
export function javaFrame(cls: string, method: string, line: number) {
  return { name: cls ? `${cls}.${method}` : method, file: cls, line: line > 0 ? line : 0, column: 0 };
}
