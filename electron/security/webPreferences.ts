// The webPreferences every Powermap window gets: an isolated, sandboxed renderer without Node.

export interface SecureWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  experimentalFeatures: false;
  webviewTag: false;
  navigateOnDragDrop: false;
  spellcheck: false;
  safeDialogs: true;
  // Middle-click would otherwise open links in new windows without passing the window-open handler.
  disableBlinkFeatures: 'Auxclick';
}

export function secureWebPreferences(preloadPath: string): SecureWebPreferences {
  if (!preloadPath) throw new Error('secureWebPreferences: a preload path is required');
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
    disableBlinkFeatures: 'Auxclick',
  };
}

/** Settings that would weaken a window; used to refuse them wherever webContents are created. */
export function isWeakened(prefs: Record<string, unknown>): boolean {
  return (
    prefs.contextIsolation === false ||
    prefs.sandbox === false ||
    prefs.nodeIntegration === true ||
    prefs.nodeIntegrationInSubFrames === true ||
    prefs.nodeIntegrationInWorker === true ||
    prefs.webSecurity === false ||
    prefs.allowRunningInsecureContent === true ||
    prefs.webviewTag === true
  );
}
