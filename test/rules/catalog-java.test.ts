// Every Java rule (lib/rules/catalog-java.ts): matched by a minimal profile with
// its JDK or library frame, and not by a look-alike.
import { JAVA_RULES } from '../../lib/rules/catalog-java.js';
import { alone, type Case, checkCatalog, f } from './rule-cases.js';

const CASES: Case[] = [
  ['java-regex-compile', f('java.lang.String.matches'), f('java.lang.String.equals'), 'cpu', 'java'],
  ['java-regex', f('java.util.regex.Pattern$Curly.match'), f('java.util.Scanner.next'), 'cpu', 'java'],
  ['java-string-building', f('java.lang.StringBuilder.append'), f('java.lang.StringBuilder.length'), 'cpu', 'java'],
  ['java-monitor', f('jdk.internal.misc.Unsafe.park'), f('jdk.internal.misc.Unsafe.unpark'), 'cpu', 'java'],
  ['java-queue', f('java.util.concurrent.ArrayBlockingQueue.put'), f('java.util.concurrent.ArrayBlockingQueue.size'), 'cpu', 'java'],
  ['java-reflection', f('java.lang.reflect.Method.invoke'), f('java.lang.Class.getName'), 'cpu', 'java'],
  ['java-exceptions', f('java.lang.Throwable.fillInStackTrace'), f('java.lang.Throwable.getMessage'), 'cpu', 'java'],
  ['java-json', f('com.fasterxml.jackson.databind.ObjectMapper.readValue'), f('com.fasterxml.classmate.TypeResolver.resolve'), 'cpu', 'java'],
  ['java-logging', f('org.slf4j.impl.Log4jLoggerAdapter.info'), f('org.slf4jx.Logger.info'), 'cpu', 'java'],
  ['java-linear-search', f('java.util.ArrayList.contains'), f('java.util.HashSet.contains'), 'cpu', 'java'],
  ['java-sort', f('java.util.Collections.sort'), f('java.util.Collections.shuffle'), 'cpu', 'java'],
  ['java-class-loading', f('java.lang.ClassLoader.loadClass'), f('java.lang.ClassLoader.getParent'), 'cpu', 'java'],
  ['java-deep-clone', f('org.apache.commons.lang3.SerializationUtils.clone'), f('org.apache.commons.lang3.StringUtils.join'), 'cpu', 'java'],
  ['java-downstream-call', f('jdk.internal.net.http.HttpClientFacade.send', 'jdk.internal.net.http.HttpClientFacade'), f('jdk.internal.net.http.HttpClientImpl.sendAsync', 'jdk.internal.net.http.HttpClientImpl'), 'lock', 'java'],
  ['java-response-write', f('sun.net.httpserver.ExchangeImpl.sendResponseHeaders', 'sun.net.httpserver.ExchangeImpl'), f('sun.net.httpserver.ExchangeImpl.getResponseBody', 'sun.net.httpserver.ExchangeImpl'), 'cpu', 'java'],
  ['java-small-writes', f('java.io.FileOutputStream.write'), f('java.io.FileOutputStream.close'), 'cpu', 'java'],
  ['java-busy-wait', f('java.lang.Thread.onSpinWait'), f('java.lang.Thread.sleep'), 'cpu', 'java'],
  ['java-gc', alone('G1ParScanThreadState::trim_queue'), alone('JavaThread::run'), 'cpu', 'java'],
];

checkCatalog(JAVA_RULES, CASES);
