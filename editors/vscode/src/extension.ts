// The siglint extension: starts the siglint language server (`python -m lsp_server`) with the
// chosen Python interpreter and lets vscode-languageclient do the rest. Findings, fixes, hovers
// and settings are the server's; this file only finds the interpreter and (re)starts it.

import { execFile } from "node:child_process";
import * as vscode from "vscode";
import {
  DidChangeConfigurationNotification,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
} from "vscode-languageclient/node";

const SECTION = "siglint";

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

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel("siglint", { log: true });
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand("siglint.restart", restart),
    vscode.commands.registerCommand("siglint.showLogs", () => output.show()),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration(`${SECTION}.interpreter`)) {
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
  const problem = await missingServer(python, cwd);
  if (problem) {
    void report(problem); // not awaited: activation must not wait for the user
    return;
  }
  output.info(`starting the siglint server: ${python} -m lsp_server`);
  const serverOptions: ServerOptions = { command: python, args: ["-m", "lsp_server"], options: { cwd } };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "python" },
      { scheme: "untitled", language: "python" },
    ],
    outputChannel: output,
    initializationOptions: () => ({ settings: settings() }),
  };
  client = new LanguageClient(SECTION, "siglint", serverOptions, clientOptions);
  try {
    await client.start();
  } catch (error) {
    void report(`siglint: the server did not start (${error}). See its logs.`);
  }
}

async function report(problem: string): Promise<void> {
  output.error(problem);
  const choice = await vscode.window.showErrorMessage(problem, "Open Settings", "Show Logs");
  if (choice === "Open Settings") {
    await vscode.commands.executeCommand("workbench.action.openSettings", `${SECTION}.interpreter`);
  } else if (choice === "Show Logs") {
    output.show();
  }
}

function settings(): unknown {
  // A WorkspaceConfiguration also carries functions; the server needs the values only.
  return JSON.parse(JSON.stringify(vscode.workspace.getConfiguration(SECTION)));
}

function configuredInterpreter(): string {
  const configured = vscode.workspace.getConfiguration(SECTION).get<string>("interpreter", "").trim();
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? "";
  return configured.replace(/\$\{workspaceFolder\}/g, folder);
}

// siglint.interpreter, else the Python extension's active environment, else python3.
async function interpreter(): Promise<string> {
  const configured = configuredInterpreter();
  if (configured) {
    return configured;
  }
  const python = await pythonApi();
  if (python) {
    try {
      const resource = vscode.workspace.workspaceFolders?.[0]?.uri;
      const active = python.environments.getActiveEnvironmentPath(resource);
      const environment = await python.environments.resolveEnvironment(active);
      const executable = environment?.executable.uri?.fsPath;
      if (executable) {
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

// Why `python -m lsp_server` cannot run, in words a user can act on; undefined when it can.
// Run where the server will run: from another folder, `lsp_server` might be found elsewhere.
function missingServer(python: string, cwd: string | undefined): Promise<string | undefined> {
  return new Promise((resolve) => {
    const options = { cwd, timeout: 30000 };
    execFile(python, ["-c", "import lsp_server"], options, (error, _stdout, stderr) => {
      if (!error) {
        resolve(undefined);
      } else if ((error as NodeJS.ErrnoException).code === "ENOENT") {
        resolve(`siglint: no Python interpreter at "${python}". Set siglint.interpreter.`);
      } else {
        resolve(
          `siglint is not installed for ${python} (${stderr.trim().split("\n").pop()}). ` +
            "Install it there (pip install siglint) or set siglint.interpreter.",
        );
      }
    });
  });
}
