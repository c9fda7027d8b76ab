/** The `kg` command line. Usage errors exit with code 2. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { extractFile } from '../ingest/index.ts';
import fs from 'node:fs';
import {
  defaultDataDir,
  defaultPort,
  dumpGraph,
  EXPORT_FORMATS,
  formatDump,
  localStatus,
  startLocalNeo4j,
  stopLocalNeo4j,
  LocalNeo4jError,
  type ExportFormat,
} from '../graph/index.ts';
import { openNeo4j } from './neo4j.ts';
import { similarCommand } from './similar.ts';
import { formatSummary, ingestPaths } from './ingest.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXIT_USAGE = 2;
const EXIT_FAILED = 1;

class ExitError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

function portOption(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ExitError(`invalid port: ${value}`, EXIT_USAGE);
  return port;
}

function untilSignal(): Promise<string> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
}

async function serve(port: number, ingestFirst: string[]): Promise<void> {
  const neo = await openNeo4j();
  try {
    if (ingestFirst.length) {
      const summary = await ingestPaths(neo.driver, ingestFirst, { database: neo.config.database, progress: process.stderr.isTTY });
      console.error(formatSummary(summary));
    }
    // Loaded here: the GraphQL stack takes seconds to import and other commands do not need it.
    const { startServer } = await import('../api/index.ts');
    const server = await startServer({ driver: neo.driver, database: neo.config.database, port });
    console.error(`serving GraphQL at ${server.url}/graphql and the viewer at ${server.url}/ (Ctrl-C stops)`);
    const signal = await untilSignal();
    console.error(`${signal}: stopping …`);
    await server.close();
  } finally {
    await neo.close();
  }
}

function buildProgram(): Command {
  const program = new Command('kg')
    .description('Knowledge graph of Chinese local-government planning documents')
    .exitOverride()
    .showHelpAfterError()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program
    .command('extract')
    .description("print one document's extraction (no database needed)")
    .argument('<file>')
    .option('--json', 'print the extraction as JSON (the contract of DESIGN.md)')
    .option('--no-text', 'leave the document text out of the JSON')
    .action(async (file: string, opts: { json?: boolean; text: boolean }) => {
      const extraction = await extractFile(file);
      if (!opts.text) delete extraction.document.text;
      if (opts.json) {
        process.stdout.write(JSON.stringify(extraction, null, 2) + '\n');
      } else {
        const counts: Record<string, number> = {};
        for (const e of extraction.entities) counts[e.type] = (counts[e.type] ?? 0) + 1;
        console.log(`${extraction.document.title} (${extraction.document.id})`);
        for (const [label, n] of Object.entries(counts)) console.log(`  ${label}: ${n}`);
        console.log(`  relations: ${extraction.relations.length}`);
        for (const w of extraction.warnings) console.log(`  warning: ${w}`);
      }
    });

  program
    .command('ingest')
    .description('ingest files or folders into Neo4j (idempotent)')
    .argument('<paths...>')
    .action(async (paths: string[]) => {
      const neo = await openNeo4j();
      try {
        const summary = await ingestPaths(neo.driver, paths, { database: neo.config.database, progress: process.stderr.isTTY });
        console.log(formatSummary(summary));
        if (summary.failed.length) process.exitCode = EXIT_USAGE;
      } finally {
        await neo.close();
      }
    });

  program
    .command('serve')
    .description('serve GraphQL at /graphql, the viewer at / and GET /health')
    .option('-p, --port <port>', 'port', portOption, Number(process.env.PORT ?? 4000))
    .action(async (opts: { port: number }) => serve(opts.port, []));

  program
    .command('up')
    .description('the main job: Neo4j (local unless NEO4J_URI is set), ingest seeds/, serve on :4000')
    .option('-p, --port <port>', 'port', portOption, Number(process.env.PORT ?? 4000))
    .option('--seeds <path>', 'documents to ingest first', path.join(ROOT, 'seeds'))
    .action(async (opts: { port: number; seeds: string }) => serve(opts.port, [opts.seeds]));

  program
    .command('similar')
    .description('programmes of other districts similar to a programme, or districts similar to a district, with reasons')
    .argument('<programme-or-district>', 'a name, alias or id')
    .option('-n, --limit <n>', 'how many', (v: string) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new ExitError(`invalid limit: ${v}`, EXIT_USAGE);
      return n;
    }, 10)
    .action(async (query: string, opts: { limit: number }) => {
      const neo = await openNeo4j();
      try {
        console.log(await similarCommand(neo.driver, query, { limit: opts.limit, database: neo.config.database }));
      } finally {
        await neo.close();
      }
    });

  program
    .command('export')
    .description('write the whole graph as json, graphml, cyjs (Cytoscape) or csv')
    .option('-f, --format <format>', EXPORT_FORMATS.join('|'), (v: string) => {
      if (!EXPORT_FORMATS.includes(v as ExportFormat)) throw new ExitError(`unknown format ${v}: use ${EXPORT_FORMATS.join(', ')}`, EXIT_USAGE);
      return v as ExportFormat;
    }, 'json')
    .option('-o, --out <file>', 'write to a file instead of standard output')
    .option('--text', 'include document texts')
    .action(async (opts: { format: ExportFormat; out?: string; text?: boolean }) => {
      const neo = await openNeo4j();
      try {
        const output = formatDump(await dumpGraph(neo.driver, { database: neo.config.database, includeText: opts.text }), opts.format);
        if (opts.out) fs.writeFileSync(opts.out, output);
        else process.stdout.write(output);
      } finally {
        await neo.close();
      }
    });

  const neo4j = program.command('neo4j').description('the local Neo4j (used when NEO4J_URI is not set)');
  neo4j
    .command('start')
    .description('start it in the background and wait until a Bolt query answers')
    .option('-p, --port <port>', 'Bolt port', portOption, defaultPort())
    .action(async (opts: { port: number }) => {
      const dataDir = defaultDataDir();
      const local = await startLocalNeo4j({ dataDir, port: opts.port, detached: true });
      console.log(`Neo4j is up at ${local.config.uri} (pid ${local.pid}, data in ${dataDir})`);
    });
  neo4j
    .command('stop')
    .description('stop it cleanly')
    .action(async () => {
      console.log((await stopLocalNeo4j()) ? 'Neo4j stopped' : 'Neo4j was not running');
    });
  neo4j
    .command('status')
    .description('say whether it runs')
    .action(() => {
      const status = localStatus();
      if (status.state === 'running') console.log(`running: pid ${status.pid}, bolt://127.0.0.1:${status.port}, data in ${defaultDataDir()}`);
      else {
        console.log('stopped');
        process.exitCode = 3;
      }
    });
  return program;
}

async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode === 0 ? 0 : EXIT_USAGE;
    } else if (err instanceof ExitError) {
      console.error(`kg: ${err.message}`);
      process.exitCode = err.code;
    } else if (err instanceof LocalNeo4jError) {
      console.error(`kg: ${err.message}`);
      process.exitCode = EXIT_FAILED;
    } else {
      console.error(`kg: ${err instanceof Error ? err.message : String(err)}`);
      process.exitCode = EXIT_FAILED;
    }
  }
}

await main(process.argv);
