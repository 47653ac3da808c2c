// Frames by their four fields, each distinct one stored once: how every reader
// (the importers' builder, the pprof decoder) turns the frames it meets into ids.

import type { Frame } from './profile.js';

export class FrameTable {
  readonly frames: Frame[] = [];
  private readonly ids = new Map<string, number>();

  /** The id of `frame`, a copy of which is stored the first time it is met. */
  intern(frame: Frame): number {
    const key = `${frame.name}\u0000${frame.file}\u0000${frame.line}\u0000${frame.column}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.frames.length;
      this.frames.push({ name: frame.name, file: frame.file, line: frame.line, column: frame.column });
      this.ids.set(key, id);
    }
    return id;
  }
}
