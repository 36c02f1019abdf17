// electron-builder.yml cannot be exercised here (packaging downloads Electron), so it is parsed,
// validated against electron-builder's own schema, and its referenced files are checked.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

type Config = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const config = yaml.load(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Config;
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as Config;
const inRoot = (p: string) => path.join(root, p);
const pngSize = (file: string) => {
  const png = PNG.sync.read(fs.readFileSync(file));
  return [png.width, png.height];
};

describe('electron-builder.yml', () => {
  it("passes electron-builder's schema validation", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, linux: { ...config.linux, categroy: 'Office' } }, new DebugLogger(false))).rejects.toThrow(/configuration/);
  });

  it('flips the Electron fuses that turn the packaged app into a Node runtime or let it load unchecked code', async () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // The names are electron-builder's own: its schema refuses a fuse it does not know.
    const scheme = JSON.parse(fs.readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as Config;
    const known = Object.keys(scheme.definitions.FuseOptionsV1.properties);
    for (const name of Object.keys(config.electronFuses)) expect(known).toContain(name);
    const misspelt = { ...config, electronFuses: { ...config.electronFuses, runAsnode: false } };
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(/configuration/);
    // onlyLoadAppFromAsar needs the app inside an asar archive.
    expect(config.asar).toBe(true);
  });

  it('names the app and where packages go', () => {
    expect(config.appId).toBe('com.powermap.desktop');
    expect(config.productName).toBe('Powermap');
    expect(config.directories.output).toBe('release');
    expect(config.files).toEqual(expect.arrayContaining(['dist/**/*', 'package.json']));
    expect(pkg.main).toBe('dist/electron/main.cjs');
    expect(pkg.scripts.dist).toContain('electron-builder.yml');
  });

  it('targets AppImage + deb, nsis and dmg with the required metadata', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
    expect(config.linux.maintainer).toMatch(/\S+ <\S+@\S+>/);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.mac.category).toBe('public.app-category.business');
  });

  it("keeps electron-builder away from node_modules' better-sqlite3 and ships an Electron build instead", () => {
    expect(config.npmRebuild).toBe(false);
    expect(fs.existsSync(inRoot(config.afterPack))).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
    const main = fs.readFileSync(inRoot('electron/main.ts'), 'utf8');
    const hook = fs.readFileSync(inRoot(config.afterPack), 'utf8');
    expect(main).toContain("'native', 'better_sqlite3.node'");
    expect(hook).toContain("'native', 'better_sqlite3.node'");
  });

  it('has every referenced icon, at the sizes electron-builder expects', () => {
    expect(pngSize(inRoot(config.mac.icon))).toEqual([1024, 1024]);
    expect(pngSize(inRoot('build/icon.png'))).toEqual([1024, 1024]);
    const ico = fs.readFileSync(inRoot(config.win.icon));
    expect([...ico.subarray(0, 4)]).toEqual([0, 0, 1, 0]); // ICO header
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(4); // several sizes, up to 256
    const dir = inRoot(config.linux.icon);
    const sizes = fs.readdirSync(dir).filter((f) => f.endsWith('.png'));
    for (const n of [16, 32, 48, 64, 128, 256, 512]) {
      expect(sizes).toContain(`${n}x${n}.png`);
      expect(pngSize(path.join(dir, `${n}x${n}.png`))).toEqual([n, n]);
    }
  });

  it('draws a non-blank icon: an opaque mark on a transparent margin', () => {
    const png = PNG.sync.read(fs.readFileSync(inRoot('build/icon.png')));
    const alphaAt = (x: number, y: number) => png.data[(y * png.width + x) * 4 + 3];
    expect(alphaAt(2, 2)).toBe(0);
    expect(alphaAt(512, 512)).toBe(255);
    const colours = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4 * 97) colours.add(png.data.readUInt32BE(i));
    expect(colours.size).toBeGreaterThan(5);
  });
});
