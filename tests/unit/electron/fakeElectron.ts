// A stand-in for the 'electron' module, enough for electron/main.ts to run under plain Node:
// it records what the main process registers so tests can drive it like Electron would.
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

type Rect = { x: number; y: number; width: number; height: number };

export function createFakeElectron(options: { userData: string; locale?: string; displays?: Rect[] }) {
  const appListeners = new Map<string, Listener[]>();
  const ipcHandlers = new Map<string, Listener>();
  const ipcListeners = new Map<string, Listener[]>();
  const displays = (options.displays ?? [{ x: 0, y: 0, width: 1920, height: 1040 }]).map((workArea) => ({ workArea }));
  const protocolHandlers = new Map<string, (request: { url: string; method: string }) => Promise<Response>>();
  const windows: FakeWindow[] = [];
  let ready!: () => void;
  const readyPromise = new Promise<void>((resolve) => (ready = resolve));

  class FakeWebContents {
    mainFrame = { url: '' };
    listeners = new Map<string, Listener[]>();
    windowOpenHandler: Listener | null = null;
    sent: Array<[string, unknown]> = [];
    send(channel: string, data: unknown) {
      this.sent.push([channel, data]);
    }
    on(name: string, l: Listener) {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), l]);
      return this;
    }
    setWindowOpenHandler(h: Listener) {
      this.windowOpenHandler = h;
    }
  }

  class FakeWindow {
    options: Record<string, unknown>;
    webContents = new FakeWebContents();
    destroyed = false;
    shown = false;
    maximized = false;
    bounds: Rect;
    listeners = new Map<string, Listener[]>();
    constructor(opts: Record<string, unknown>) {
      this.options = opts;
      const width = opts.width as number;
      const height = opts.height as number;
      this.bounds = { x: (opts.x as number | undefined) ?? Math.round((1920 - width) / 2), y: (opts.y as number | undefined) ?? 0, width, height };
      windows.push(this);
      // Electron emits web-contents-created for every new webContents.
      for (const l of appListeners.get('web-contents-created') ?? []) l({}, this.webContents);
    }
    loadURL = vi.fn(async (url: string) => {
      this.webContents.mainFrame.url = url;
    });
    once(name: string, l: Listener) {
      return this.on(name, l);
    }
    on(name: string, l: Listener) {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), l]);
      return this;
    }
    emit(name: string) {
      for (const l of this.listeners.get(name) ?? []) l();
    }
    show() {
      this.shown = true;
    }
    isDestroyed() {
      return this.destroyed;
    }
    isMinimized() {
      return false;
    }
    isFullScreen() {
      return false;
    }
    isMaximized() {
      return this.maximized;
    }
    maximize() {
      this.maximized = true;
      this.emit('maximize');
    }
    getNormalBounds() {
      return { ...this.bounds };
    }
    /** What the rep does: drag or resize the window (Electron then emits move / resize). */
    setBounds(bounds: Rect) {
      this.bounds = { ...bounds };
      this.emit('resize');
    }
    restore() {}
    focus() {}
  }

  const session = {
    requestHandler: null as Listener | null,
    checkHandler: null as Listener | null,
    setPermissionRequestHandler(h: Listener) {
      this.requestHandler = h;
    },
    setPermissionCheckHandler(h: Listener) {
      this.checkHandler = h;
    },
    setDevicePermissionHandler: vi.fn(),
  };

  const module = {
    app: {
      isPackaged: false,
      getLocale: () => options.locale ?? 'en-US',
      getVersion: () => '0.1.0-test',
      getPath: (name: string) => (name === 'userData' ? options.userData : `/nonexistent/${name}`),
      enableSandbox: vi.fn(),
      requestSingleInstanceLock: vi.fn(() => true),
      on(name: string, l: Listener) {
        appListeners.set(name, [...(appListeners.get(name) ?? []), l]);
        return this;
      },
      whenReady: () => readyPromise,
      quit: vi.fn(),
      exit: vi.fn(),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: vi.fn((scheme: string, h: (request: { url: string; method: string }) => Promise<Response>) => void protocolHandlers.set(scheme, h)),
    },
    session: { defaultSession: session },
    ipcMain: {
      handle: vi.fn((channel: string, l: Listener) => void ipcHandlers.set(channel, l)),
      removeHandler: vi.fn((channel: string) => void ipcHandlers.delete(channel)),
      on: vi.fn((channel: string, l: Listener) => void ipcListeners.set(channel, [...(ipcListeners.get(channel) ?? []), l])),
      removeListener: vi.fn((channel: string, l: Listener) => void ipcListeners.set(channel, (ipcListeners.get(channel) ?? []).filter((x) => x !== l))),
    },
    screen: { getAllDisplays: () => displays, getPrimaryDisplay: () => displays[0]! },
    Menu: { buildFromTemplate: vi.fn((t: unknown) => t), setApplicationMenu: vi.fn() },
    shell: { openExternal: vi.fn(async () => undefined), showItemInFolder: vi.fn() },
    dialog: { showMessageBox: vi.fn(async () => ({ response: 0 })) },
    BrowserWindow: FakeWindow,
  };

  return {
    module,
    ready,
    windows,
    session,
    ipcHandlers,
    ipcListeners,
    protocolHandlers,
    /** The menu last set with Menu.setApplicationMenu (the template, as buildFromTemplate returns it here). */
    menu: () => module.Menu.setApplicationMenu.mock.calls.at(-1)?.[0] as unknown,
    emitApp: (name: string, ...args: unknown[]) => (appListeners.get(name) ?? []).forEach((l) => l(...args)),
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
