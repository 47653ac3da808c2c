// Every Go rule (lib/rules/catalog-go.ts): matched by a minimal profile with its
// standard library frame, and not by a Go frame that looks alike.
import { GO_RULES } from '../../lib/rules/catalog-go.js';
import { alone, type Case, checkCatalog, f, GO } from './rule-cases.js';

const CASES: Case[] = [
  ['go-regexp-compile', f('regexp.MatchString', `${GO}/regexp/regexp.go`), f('regexp.(*Regexp).String', `${GO}/regexp/regexp.go`), 'cpu', 'go'],
  ['go-regexp', f('regexp.(*Regexp).doExecute', `${GO}/regexp/exec.go`), f('regexp/syntax.Parse', `${GO}/regexp/syntax/parse.go`), 'cpu', 'go'],
  ['go-json', f('encoding/json.Unmarshal', `${GO}/encoding/json/decode.go`), f('encoding/base64.(*Encoding).Encode', `${GO}/encoding/base64/base64.go`), 'cpu', 'go'],
  ['go-serialization', f('encoding/xml.Unmarshal', `${GO}/encoding/xml/read.go`), f('encoding/hex.Encode', `${GO}/encoding/hex/hex.go`), 'cpu', 'go'],
  ['go-reflection', f('reflect.Value.Call', `${GO}/reflect/value.go`), f('example.com/reflectx.Call', '/root/go/pkg/mod/example.com/reflectx@v1.0.0/x.go'), 'cpu', 'go'],
  ['go-fmt', f('fmt.Sprintf', `${GO}/fmt/print.go`), f('fmt.Sscanf', `${GO}/fmt/scan.go`), 'cpu', 'go'],
  ['go-string-concat', f('runtime.concatstrings', `${GO}/runtime/string.go`), f('runtime.memmove', `${GO}/runtime/memmove_amd64.s`), 'cpu', 'go'],
  ['go-logging', f('log.Printf', `${GO}/log/log.go`), f('example.com/logx.Printf', '/root/go/pkg/mod/example.com/logx@v1.0.0/log.go'), 'cpu', 'go'],
  ['go-sort', f('sort.Slice', `${GO}/sort/slice.go`), f('example.com/sortx.Slice', '/root/go/pkg/mod/example.com/sortx@v1.0.0/s.go'), 'cpu', 'go'],
  ['go-crypto', f('crypto/sha256.Sum256', `${GO}/crypto/sha256/sha256.go`), f('hash/fnv.New32', `${GO}/hash/fnv/fnv.go`), 'cpu', 'go'],
  ['go-compress', f('compress/gzip.(*Writer).Write', `${GO}/compress/gzip/gzip.go`), f('archive/zip.(*Writer).Create', `${GO}/archive/zip/writer.go`), 'cpu', 'go'],
  ['go-allocation', f('runtime.mallocgc', `${GO}/runtime/malloc.go`), f('runtime.memclrNoHeapPointers', `${GO}/runtime/memclr_amd64.s`), 'cpu', 'go'],
  ['go-gc', alone('runtime.gcBgMarkWorker', `${GO}/runtime/mgc.go`), alone('runtime.mcall', `${GO}/runtime/asm_amd64.s`), 'cpu', 'go'],
  ['go-mutex-spin', f('sync.(*Mutex).lockSlow', `${GO}/sync/mutex.go`), f('sync.(*Once).doSlow', `${GO}/sync/once.go`), 'cpu', 'go'],
  ['go-mutex', f('sync.(*Mutex).Unlock', `${GO}/sync/mutex.go`), f('sync.(*Once).Do', `${GO}/sync/once.go`), 'lock', 'go'],
  ['go-channel', f('runtime.chanrecv1', `${GO}/runtime/chan.go`), f('runtime.closechan', `${GO}/runtime/chan.go`), 'block', 'go'],
  ['go-waitgroup', f('sync.(*WaitGroup).Wait', `${GO}/sync/waitgroup.go`), f('sync.(*WaitGroup).Add', `${GO}/sync/waitgroup.go`), 'block', 'go'],
  ['go-small-writes', f('os.(*File).Write', `${GO}/os/file.go`), f('os.(*File).Close', `${GO}/os/file.go`), 'cpu', 'go'],
  ['go-file-io', f('os.ReadFile', `${GO}/os/file.go`), f('os.Getenv', `${GO}/os/env.go`), 'cpu', 'go'],
  ['go-downstream-call', f('net/http.(*persistConn).roundTrip', `${GO}/net/http/transport.go`), f('net/http.(*Transport).dialConn', `${GO}/net/http/transport.go`), 'block', 'go'],
  ['go-dial', f('net.(*Dialer).DialContext', `${GO}/net/dial.go`), f('net.(*conn).Read', `${GO}/net/net.go`), 'cpu', 'go'],
  ['go-panic', f('runtime.gopanic', `${GO}/runtime/panic.go`), f('runtime.goexit', `${GO}/runtime/asm_amd64.s`), 'cpu', 'go'],
  ['go-busy-wait', f('runtime.Gosched', `${GO}/runtime/proc.go`), f('runtime.Goexit', `${GO}/runtime/panic.go`), 'cpu', 'go'],
];

checkCatalog(GO_RULES, CASES);
