/**
 * The project's own Neo4j 5.26 (graph/neo4j-launcher), for users and tests without Docker.
 * It runs as a child JVM; its pid, port and password live in the data folder so that
 * `kg neo4j status|stop` work from another shell.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { verifyConnection, type Neo4jConfig } from './connection.ts';

const LAUNCHER_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'neo4j-launcher');
const TARGET = path.join(LAUNCHER_DIR, 'target');

/** The flags Neo4j's own launcher passes on Java 17 (netty and the page cache use these internals). */
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dlog4j2.disable.jmx=true',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
];

export class LocalNeo4jError extends Error {}

export interface LocalNeo4jOptions {
  dataDir: string;
  port: number;
  heapMb?: number;
  pagecacheMb?: number;
  startTimeoutMs?: number;
  /** keep running after this process exits (kg neo4j start) */
  detached?: boolean;
}

export interface LocalNeo4j {
  config: Neo4jConfig;
  pid: number;
  /** resolves when the JVM has exited */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

export function defaultDataDir(): string {
  return path.resolve(process.env.KG_DATA_DIR ?? '.data/neo4j');
}

export function defaultPort(): number {
  return Number(process.env.NEO4J_PORT ?? 7687);
}

/** NEO4J_PASSWORD, else one generated on first use and kept (0600) in the data folder. */
export function localPassword(dataDir: string): string {
  if (process.env.NEO4J_PASSWORD) return process.env.NEO4J_PASSWORD;
  const file = path.join(dataDir, 'password');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(dataDir, { recursive: true });
  const password = randomBytes(18).toString('base64url');
  fs.writeFileSync(file, password + '\n', { mode: 0o600 });
  return password;
}

function commandExists(cmd: string, args: string[]): boolean {
  return spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
}

/** Builds the launcher with Maven on first use. */
export function ensureLauncherBuilt(): void {
  const built = fs.existsSync(path.join(TARGET, 'classes/kg/Neo4jLauncher.class')) && fs.existsSync(path.join(TARGET, 'lib'));
  if (!commandExists('java', ['-version'])) {
    throw new LocalNeo4jError('Java not found: install JDK 17 and Maven, or set NEO4J_URI to an existing Neo4j, or use docker compose up');
  }
  if (built) return;
  if (!commandExists('mvn', ['-v'])) {
    throw new LocalNeo4jError('Maven not found: install JDK 17 and Maven, or set NEO4J_URI to an existing Neo4j, or use docker compose up');
  }
  const result = spawnSync('mvn', ['-q', '-B', '-DskipTests', '-f', path.join(LAUNCHER_DIR, 'pom.xml'), 'package'], { stdio: 'inherit' });
  if (result.status !== 0) throw new LocalNeo4jError('building graph/neo4j-launcher with Maven failed (see the output above)');
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(true));
    server.once('listening', () => server.close(() => resolve(false)));
    server.listen(port, '127.0.0.1');
  });
}

interface RunFile {
  pid: number;
  port: number;
}

const runFile = (dataDir: string) => path.join(dataDir, 'neo4j.run.json');

function readRunFile(dataDir: string): RunFile | null {
  try {
    return JSON.parse(fs.readFileSync(runFile(dataDir), 'utf8')) as RunFile;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export type LocalStatus = { state: 'running'; pid: number; port: number } | { state: 'stopped'; staleRunFile: boolean };

export function localStatus(dataDir = defaultDataDir()): LocalStatus {
  const run = readRunFile(dataDir);
  if (run && alive(run.pid)) return { state: 'running', pid: run.pid, port: run.port };
  return { state: 'stopped', staleRunFile: run !== null };
}

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const { dataDir, port } = options;
  const status = localStatus(dataDir);
  if (status.state === 'running') {
    throw new LocalNeo4jError(`a local Neo4j (pid ${status.pid}) already runs on data folder ${dataDir}: use it with NEO4J_URI=bolt://127.0.0.1:${status.port}, or stop it with kg neo4j stop`);
  }
  if (status.staleRunFile) fs.rmSync(runFile(dataDir), { force: true }); // left by a crash; the store lock dies with its JVM
  if (await portInUse(port)) {
    throw new LocalNeo4jError(`port ${port} is already in use: stop what listens there, set NEO4J_PORT to a free port, or set NEO4J_URI to use that server`);
  }
  ensureLauncherBuilt();
  fs.mkdirSync(dataDir, { recursive: true });
  const password = localPassword(dataDir);
  const classpath = ['classes', 'lib/*', 'plugins/*'].map((p) => path.join(TARGET, p)).join(path.delimiter);
  const args = [
    `-Xms${options.heapMb ?? 512}m`,
    `-Xmx${options.heapMb ?? 1024}m`,
    ...JVM_FLAGS,
    // (last, so that a user's -Xmx or JIT option overrides the defaults above)
    ...(process.env.KG_NEO4J_JVM_OPTS ?? '').split(' ').filter(Boolean),
    '-cp', classpath,
    'kg.Neo4jLauncher',
    '--data', dataDir,
    '--port', String(port),
    '--plugins', path.join(TARGET, 'plugins'),
    '--pagecache-mb', String(options.pagecacheMb ?? 512),
  ];
  const logFile = path.join(dataDir, 'launcher.log');
  const logFd = fs.openSync(logFile, 'w');
  // Output goes to a file so a detached Neo4j (kg neo4j start) outlives this process cleanly.
  const child = spawn('java', args, {
    env: { ...process.env, NEO4J_PASSWORD: password },
    stdio: ['ignore', logFd, logFd],
    detached: options.detached ?? false,
  });
  fs.closeSync(logFd);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const config: Neo4jConfig = { uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password };
  try {
    await waitUntilStarted(child, logFile, options.startTimeoutMs ?? 120_000);
    fs.writeFileSync(runFile(dataDir), JSON.stringify({ pid: child.pid!, port } satisfies RunFile));
    await waitForBolt(config, child, options.startTimeoutMs ?? 120_000);
  } catch (err) {
    if (child.exitCode === null) child.kill('SIGKILL');
    fs.rmSync(runFile(dataDir), { force: true });
    throw err;
  }
  if (options.detached) child.unref();
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    fs.rmSync(runFile(dataDir), { force: true });
  };
  return { config, pid: child.pid!, exited, stop };
}

async function waitUntilStarted(child: ChildProcess, logFile: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null = null;
  child.once('exit', (code) => (exitCode = code ?? -1));
  for (;;) {
    const log = fs.readFileSync(logFile, 'utf8');
    if (log.includes('KG-NEO4J-STARTED')) return;
    const error = /KG-NEO4J-ERROR (.*)/.exec(log);
    if (error) throw new LocalNeo4jError(error[1]);
    if (exitCode !== null) throw new LocalNeo4jError(`Neo4j exited with code ${exitCode} before it was ready (see ${logFile})`);
    if (Date.now() > deadline) throw new LocalNeo4jError(`Neo4j did not start within ${timeoutMs / 1000}s (see ${logFile})`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Ready means a Bolt query answers, not just that the port is open. */
async function waitForBolt(config: Neo4jConfig, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new LocalNeo4jError('Neo4j exited while starting');
    if (await verifyConnection(config)) return;
    if (Date.now() > deadline) throw new LocalNeo4jError(`Neo4j did not answer a Bolt query within ${timeoutMs / 1000}s`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** Stops a local Neo4j started from another process (kg neo4j stop). */
export async function stopLocalNeo4j(dataDir = defaultDataDir(), timeoutMs = 60_000): Promise<boolean> {
  const status = localStatus(dataDir);
  if (status.state !== 'running') {
    fs.rmSync(runFile(dataDir), { force: true });
    return false;
  }
  process.kill(status.pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (alive(status.pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (alive(status.pid)) throw new LocalNeo4jError(`Neo4j (pid ${status.pid}) did not stop within ${timeoutMs / 1000}s`);
  fs.rmSync(runFile(dataDir), { force: true });
  return true;
}
