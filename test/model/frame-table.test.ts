import t from 'tap';
import { FrameTable } from '../../lib/model/frame-table.js';

t.test('a frame equal in all four fields is one id; the table keeps its own copy', async (t) => {
  const table = new FrameTable();
  const main = { name: 'main', file: 'a.go', line: 3, column: 0 };
  t.equal(table.intern(main), 0);
  t.equal(table.intern({ ...main }), 0);
  t.equal(table.intern({ ...main, line: 4 }), 1, 'another line is another frame');
  t.equal(table.intern({ ...main, name: 'main\u0000a.go' , file: '' }), 2, 'the key separator cannot make two frames one');
  main.name = 'changed';
  t.equal(table.frames[0]!.name, 'main');
});
