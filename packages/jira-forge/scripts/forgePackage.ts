// `pnpm forge:package`: the bundling and packaging `forge deploy` runs before it uploads, called
// in-process from @forge/cli's own modules (PackageUploadDeployCommand.packageUpload with the
// same AppPackager, RuntimeBundler, NativeUIBundler and ResourcePackagingService the CLI wires
// up in command-line/dependency-injection.js). No login, no network: the three seams that
// would reach Atlassian are replaced (PLATFORMS.md §1.7):
// - the Node runtime wrapper, which the CLI downloads from a CDN, is a local stand-in;
// - feature gates answer "off", which keeps the classic webpack path;
// - the uploader records the archives instead of sending them.
// The function archive and one zip per resource are copied to packages/jira-forge/dist/.
import { copyFileSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

/** The jira-forge package folder: forge runs with the app folder as its working directory. */
export const APP_DIR = resolve(import.meta.dirname, '..');
/** Where the archives land (gitignored). */
export const DIST_DIR = join(APP_DIR, 'dist');

/** One archive written by the packager. */
export interface PackagedArchive {
  /** `runtime` for the function archive, else the manifest's resource key. */
  key: string;
  path: string;
  bytes: number;
}

/** What one packaging run produced. */
export interface PackageResult {
  runtime: PackagedArchive;
  resources: PackagedArchive[];
  seconds: number;
}

// Local stand-in for the wrapper script Forge downloads: the real runtime replaces it anyway.
// It loads the bundled handlers the way the platform's wrapper does (index.cjs, CommonJS).
const WRAPPER_SCRIPT = "module.exports = require('./index.cjs');\n";

type Loose = Record<string, (...args: never[]) => unknown>;
type Ctor = new (...args: unknown[]) => Loose;

/** Quiet logger with the methods the CLI's UI object offers (info, warn, debug, trace, emptyLine). */
function cliLogger(verbose: boolean) {
  const say = (m: unknown) => verbose && process.stderr.write(`${String(m)}\n`);
  return {
    traceEnabled: false,
    debugEnabled: verbose,
    trace: () => {},
    debug: say,
    info: say,
    warn: (m: unknown) => process.stderr.write(`warning: ${String(m)}\n`),
    error: (e: Error) => process.stderr.write(`${e.message}\n`),
    emptyLine: () => {},
    // The packager reports progress through these on the CLI's UI object.
    displayProgress: async <T>(fn: () => Promise<T>) => fn(),
  };
}

/**
 * Runs Forge's own bundling and packaging for the app in `appDir` and copies the archives to
 * `outDir`. Throws the bundler's or packager's own error on any failure.
 *
 * @example
 * const { runtime, resources } = await packageForgeApp();
 * console.log(runtime.path, runtime.bytes);
 */
export async function packageForgeApp(
  appDir: string = APP_DIR,
  outDir: string = DIST_DIR,
  { verbose = false } = {},
): Promise<PackageResult> {
  const started = performance.now();
  const cliPackage = createRequire(join(appDir, 'package.json')).resolve('@forge/cli/package.json');
  const cliRequire = createRequire(cliPackage);
  // @forge/bundler's webpack config refuses to run without a CommonJS main module (under
  // `forge` the CLI binary is one). An ESM entry such as this script or a vitest worker has
  // none, so the CLI's own package stands in; nothing reads it beyond the check.
  process.mainModule ??= new Module(cliPackage);
  const shared = cliRequire('@forge/cli-shared') as Record<string, Ctor> & {
    shouldBundleResource: unknown;
  };
  const bundler = cliRequire('@forge/bundler') as Record<string, unknown> & {
    getNodeBundler: (...args: unknown[]) => unknown;
    NativeUIBundler: Ctor;
  };
  const { RuntimeBundler } = cliRequire('./out/deploy/packager/runtime-bundler') as { RuntimeBundler: Ctor };
  const { AppPackager } = cliRequire('./out/deploy/packager/packager') as { AppPackager: Ctor };
  const { makeArchiver } = cliRequire('./out/deploy/packager/archiver') as {
    makeArchiver: (ui: unknown) => Promise<unknown>;
  };
  const { ResourcePackagingService } = cliRequire('./out/service/resource-packaging-service') as {
    ResourcePackagingService: Ctor;
  };
  const { PackageUploadDeployCommand } = cliRequire('./out/deploy/package-upload-deploy') as {
    PackageUploadDeployCommand: new (
      ...args: unknown[]
    ) => { packageUpload(details: unknown): Promise<unknown> };
  };

  // The CLI resolves manifest.yml, src/ and resources from the working directory.
  const cwd = process.cwd();
  process.chdir(appDir);
  try {
    const ui = cliLogger(verbose);
    const gatesOff = new Proxy({}, { get: () => async () => false });
    const fileReader = new shared.FileSystemReader!();
    const configFile = new shared.ConfigFile!(fileReader, new shared.FileSystemWriter!());
    const wrapperProvider = {
      getNodeRuntimeWrapper: async () => ({ script: WRAPPER_SCRIPT, source: 'local', version: 'local' }),
      getNodeRuntimeLoader: async () => undefined,
    };
    const archiverFactory = () => makeArchiver(ui);
    const nodeBundler = bundler.getNodeBundler(ui, wrapperProvider, configFile, gatesOff);
    const runtimeBundler = new RuntimeBundler(archiverFactory, ui, nodeBundler, fileReader, configFile);
    const analytics = { reportAppPackaged: async () => {} };
    const packager = new AppPackager(runtimeBundler, new bundler.NativeUIBundler(ui), ui, analytics);
    const resourcePackaging = new ResourcePackagingService(
      archiverFactory,
      fileReader,
      process.cwd(),
      new shared.BridgeScriptService!(),
      new shared.IframeResizerScriptService!(),
    );
    const uploaded: { runtime?: string; resources?: Record<string, { zipPath: string }> } = {};
    const recordingUploader = {
      uploadArchive: async (path: string) => {
        uploaded.runtime = path;
        return 'not-uploaded';
      },
      uploadHostedResources: async (archives: Record<string, { zipPath: string }>) => {
        uploaded.resources = archives;
        return 'not-uploaded';
      },
    };
    const neverDeploys = {
      deploy: async () => {
        throw new Error('forge:package never deploys');
      },
    };
    const command = new PackageUploadDeployCommand(
      packager,
      recordingUploader,
      neverDeploys,
      resourcePackaging,
      new shared.I18nResourceBundlingService!(),
      gatesOff,
    );
    const config = (await configFile.readConfig!()) as {
      app?: { package?: unknown };
      modules?: unknown;
      translations?: unknown;
    };
    await command.packageUpload({
      handlers: await configFile.getAppHandlers!(),
      resources: await configFile.getResources!(),
      environmentKey: 'default',
      packageConfig: config.app?.package,
      modules: config.modules,
      i18nConfig: config.translations,
    });
    if (!uploaded.runtime || !uploaded.resources) throw new Error('the packager produced no archives');

    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    const keep = (key: string, from: string, name: string): PackagedArchive => {
      const path = join(outDir, name);
      copyFileSync(from, path);
      return { key, path, bytes: statSync(path).size };
    };
    const runtime = keep('runtime', uploaded.runtime, 'runtime.zip');
    const resources = Object.entries(uploaded.resources)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, archive]) => keep(key, archive.zipPath, `resource-${key}.zip`));
    return { runtime, resources, seconds: (performance.now() - started) / 1000 };
  } finally {
    process.chdir(cwd);
  }
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  try {
    const result = await packageForgeApp(APP_DIR, DIST_DIR, { verbose });
    if (process.argv.includes('--json')) {
      process.stdout.write(`${JSON.stringify(result)}\n`);
      return;
    }
    const root = resolve(APP_DIR, '..', '..');
    for (const a of [result.runtime, ...result.resources]) {
      process.stdout.write(`${a.key.padEnd(14)} ${relative(root, a.path).padEnd(52)} ${kib(a.bytes)}\n`);
    }
    process.stdout.write(`packaged in ${result.seconds.toFixed(1)} s\n`);
  } catch (error) {
    process.stderr.write(`forge:package failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();
