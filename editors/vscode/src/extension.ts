// The siglint extension: starts the siglint language server with the chosen Python interpreter
// and lets vscode-languageclient do the rest. Findings, fixes, hovers and settings are the
// server's; this file only finds the interpreter, checks that it can run the server (the siglint
// bundled in bundled/libs, or the interpreter's own: siglint.importStrategy) and (re)starts it.

import { execFile } from "node:child_process";
import * as path from "node:path";
import * as vscode from "vscode";
import {
  DidChangeConfigurationNotification,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
} from "vscode-languageclient/node";

const SECTION = "siglint";
// Settings that choose what runs: a restart applies them.
const RESTART_ON = ["interpreter", "importStrategy"].map((name) => `${SECTION}.${name}`);

// The part of the Python extension's API used here (ms-python.python, `environments`).
interface PythonApi {
  environments: {
    getActiveEnvironmentPath(resource?: vscode.Uri): { path: string };
    resolveEnvironment(
      environment: { path: string },
    ): Promise<{ executable: { uri?: vscode.Uri } } | undefined>;
    onDidChangeActiveEnvironmentPath: vscode.Event<unknown>;
  };
}

// What `bundled/tool/server.py --check` answers.
type Check =
  | { siglint: string; path: string; bundled: boolean; python: string }
  | { problem: string };

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel;
let status: vscode.LanguageStatusItem;
let server: string; // bundled/tool/server.py
let dismissProblem: (() => void) | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel("siglint", { log: true });
  status = vscode.languages.createLanguageStatusItem("siglint.status", { language: "python" });
  status.name = "siglint";
  server = context.asAbsolutePath(path.join("bundled", "tool", "server.py"));
  context.subscriptions.push(
    output,
    status,
    vscode.commands.registerCommand("siglint.restart", restart),
    vscode.commands.registerCommand("siglint.showLogs", () => output.show()),
    vscode.workspace.onDidGrantWorkspaceTrust(restart),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (RESTART_ON.some((setting) => event.affectsConfiguration(setting))) {
        await restart();
      } else if (event.affectsConfiguration(SECTION) && client?.isRunning()) {
        // The server asks for the settings again (workspace/configuration).
        await client.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      }
    }),
  );
  const python = await pythonApi();
  if (python) {
    context.subscriptions.push(
      python.environments.onDidChangeActiveEnvironmentPath(async () => {
        if (!configuredInterpreter()) {
          await restart();
        }
      }),
    );
  }
  await start();
}

export async function deactivate(): Promise<void> {
  await stop();
}

async function restart(): Promise<void> {
  await stop();
  await start();
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) {
    await running.dispose();
  }
}

async function start(): Promise<void> {
  const python = await interpreter();
  const cwd = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const env = { ...process.env, SIGLINT_IMPORT_STRATEGY: importStrategy() };
  const check = await checkServer(python, cwd, env);
  if ("problem" in check) {
    showProblem(check.problem);
    return;
  }
  const origin = check.bundled ? "bundled with the extension" : `installed: ${check.path}`;
  output.info(`starting siglint ${check.siglint} (${origin}) with ${python} (${check.python})`);
  showRunning(`siglint ${check.siglint} (${check.bundled ? "bundled" : "installed"}), ${check.python}`);
  const serverOptions: ServerOptions = { command: python, args: [server], options: { cwd, env } };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "python" },
      { scheme: "untitled", language: "python" },
      // Notebook cells: their text comes through notebook sync, hovers and fixes through this.
      { scheme: "vscode-notebook-cell", language: "python" },
    ],
    outputChannel: output,
    initializationOptions: () => ({ settings: settings() }),
  };
  client = new LanguageClient(SECTION, "siglint", serverOptions, clientOptions);
  try {
    await client.start();
  } catch (error) {
    showProblem(`siglint: the server did not start (${error}). See its logs.`);
  }
}

function showRunning(detail: string): void {
  dismissProblem?.();
  status.severity = vscode.LanguageStatusSeverity.Information;
  status.text = "siglint";
  status.detail = detail;
  status.command = { title: "Show Logs", command: "siglint.showLogs" };
}

// The problem stays in the language status item (the `{}` of the status bar) until the next
// start; the notification closes by itself then, once the interpreter is fixed, so no stale
// message is left on screen (a message from showErrorMessage cannot be closed).
function showProblem(problem: string): void {
  output.error(problem);
  dismissProblem?.();
  status.severity = vscode.LanguageStatusSeverity.Error;
  status.text = "siglint: not running";
  status.detail = problem;
  const settingsArguments = [`${SECTION}.interpreter`];
  status.command = { title: "Open Settings", command: "workbench.action.openSettings", arguments: settingsArguments };
  const location = vscode.ProgressLocation.Notification;
  void vscode.window.withProgress({ location, title: problem, cancellable: true }, (progress, token) => {
    progress.report({ increment: 100 });
    return new Promise<void>((resolve) => {
      dismissProblem = resolve;
      token.onCancellationRequested(() => resolve());
    });
  });
}

function settings(): unknown {
  // A WorkspaceConfiguration also carries functions; the server needs the values only.
  return JSON.parse(JSON.stringify(vscode.workspace.getConfiguration(SECTION)));
}

function importStrategy(): string {
  return vscode.workspace.getConfiguration(SECTION).get<string>("importStrategy", "useBundled");
}

function configuredInterpreter(): string {
  const configured = vscode.workspace.getConfiguration(SECTION).get<string>("interpreter", "").trim();
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? "";
  return configured.replace(/\$\{workspaceFolder\}/g, folder);
}

// In Restricted Mode, a program inside the workspace is the workspace's, not the user's: VS Code
// already ignores the workspace's own siglint.interpreter (a restricted configuration), and this
// refuses an interpreter that lies in the workspace all the same (`${workspaceFolder}/.venv/...`
// in the user's settings, or a virtual environment the Python extension found there).
function trusted(python: string): boolean {
  if (vscode.workspace.isTrusted || !/[\\/]/.test(python)) {
    return true; // a bare name (python3) is looked up on the PATH
  }
  const inside = (vscode.workspace.workspaceFolders ?? []).some((folder) => {
    const relative = path.relative(folder.uri.fsPath, path.resolve(folder.uri.fsPath, python));
    return !relative.startsWith("..") && !path.isAbsolute(relative);
  });
  if (inside) {
    output.warn(`${python} lies in a workspace that is not trusted: siglint runs python3 instead`);
  }
  return !inside;
}

// siglint.interpreter, else the Python extension's active environment, else python3.
async function interpreter(): Promise<string> {
  const configured = configuredInterpreter();
  if (configured && trusted(configured)) {
    return configured;
  }
  const python = await pythonApi();
  if (python && !configured) {
    try {
      const resource = vscode.workspace.workspaceFolders?.[0]?.uri;
      const active = python.environments.getActiveEnvironmentPath(resource);
      const environment = await python.environments.resolveEnvironment(active);
      const executable = environment?.executable.uri?.fsPath;
      if (executable && trusted(executable)) {
        return executable;
      }
    } catch (error) {
      output.warn(`the Python extension gave no interpreter: ${error}`);
    }
  }
  return "python3";
}

async function pythonApi(): Promise<PythonApi | undefined> {
  const extension = vscode.extensions.getExtension<PythonApi>("ms-python.python");
  if (!extension) {
    return undefined;
  }
  try {
    return extension.isActive ? extension.exports : await extension.activate();
  } catch (error) {
    output.warn(`the Python extension did not activate: ${error}`);
    return undefined;
  }
}

// Which siglint `python` would run, or why it cannot run one, in words a user can act on.
function checkServer(python: string, cwd: string | undefined, env: NodeJS.ProcessEnv): Promise<Check> {
  return new Promise((resolve) => {
    const options = { cwd, env, timeout: 30000 };
    execFile(python, [server, "--check"], options, (error, stdout, stderr) => {
      const answer = stdout.trim().split("\n").pop() ?? "";
      if ((error as NodeJS.ErrnoException | null)?.code === "ENOENT") {
        resolve({ problem: `siglint: there is no Python interpreter at "${python}". Set siglint.interpreter.` });
      } else if (!error && answer.startsWith("{")) {
        resolve(JSON.parse(answer) as Check);
      } else if (stderr.includes("SyntaxError")) {
        // A Python too old to read the check (before 3.6) cannot tell its version itself.
        resolve({ problem: `siglint needs Python 3.10 or newer, and ${python} is older. Set siglint.interpreter.` });
      } else {
        const last = stderr.trim().split("\n").pop() ?? String(error);
        resolve({ problem: `siglint could not run ${python} (${last}). Set siglint.interpreter.` });
      }
    });
  });
}
