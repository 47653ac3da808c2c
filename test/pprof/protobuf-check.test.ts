// The shape check refuses, with the byte it stopped at, what would otherwise
// decode into garbage: a number given as bytes, a fixed-width field, a packed
// list cut inside a varint, a field number protobuf does not allow.
import t from 'tap';
import { checkMessage, ProtobufShapeError } from '../../lib/pprof/protobuf-check.js';

const refused = (bytes: number[], message: RegExp) => ({ bytes: Buffer.from(bytes), message });

t.test('well-formed messages pass, unknown fields included', async (t) => {
  // sample_type {type 1, unit 2}; sample {location_id packed [1, 300]}; unknown field 100 (varint 5); string ""
  t.doesNotThrow(() => checkMessage(Buffer.from([0x0a, 0x04, 0x08, 0x01, 0x10, 0x02, 0x12, 0x05, 0x0a, 0x03, 0x01, 0xac, 0x02, 0xa0, 0x06, 0x05, 0x32, 0x00])));
  t.doesNotThrow(() => checkMessage(Buffer.from([0x12, 0x04, 0x08, 0x01, 0x08, 0x02])), 'unpacked location ids');
});

t.test('corrupt shapes are refused', async (t) => {
  for (const { bytes, message } of [
    refused([0x0a, 0x02, 0x0a, 0x00], /field 1 at byte 2 has wire type 2/), // value_type.type as bytes
    refused([0x48, 0x01, 0x32, 0x01], /length runs past|declares 1 bytes but only 0 remain/),
    refused([0x48 | 1, 1, 2, 3, 4, 5, 6, 7, 8], /field 9 at byte 0 has wire type 1/), // time_nanos as fixed64
    refused([0xa1, 0x06, 1, 2, 3, 4, 5, 6, 7, 8], /fixed-width field 100 at byte 2/), // unknown, but profile.proto has no fixed-width fields
    refused([0x12, 0x03, 0x0a, 0x01, 0x80], /varint runs past the end at byte 5/), // packed list cut inside a varint
    refused([0x00, 0x01], /field number 0 at byte 0/),
    refused([0x80, 0x80, 0x80, 0x80, 0x10, 0x00], /field number 536870912 at byte 0 is outside/),
  ]) {
    const err = (() => {
      try {
        checkMessage(bytes);
      } catch (e) {
        return e;
      }
    })();
    t.ok(err instanceof ProtobufShapeError, `${message.source}: a shape error`);
    t.match((err as Error)?.message, message);
  }
});
