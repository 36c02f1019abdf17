// The brief's map picture: the live map's (handed over as the brief was opened, features/export/
// briefImage.ts) or one drawn on a hidden second map. When neither can be drawn — too thin for a page,
// or too many people for a second map — the brief says why where the map would be, and is still
// ready: who matters, the trend and the warnings do not need the picture.
import type { TFunction } from 'i18next';
import { legendSections } from '../../graph/exportLegend';
import { offscreenMap } from '../../graph/exportOffscreen';
import { ExportError, exportLegendPng, exportPng } from '../../graph/exportPng';
import type { BriefData } from './loadBrief';
import { takeMapImage, takePositions } from './handoff';

/** The brief's picture is drawn this wide (px). */
export const BRIEF_MAP_PX = 2400;

/** Object URLs of the map picture and of its legend, drawn apart so it reads on paper. */
export interface BriefImages {
  map: string;
  legend: string;
}

export type BriefMap = { images: BriefImages } | { note: string };

/** Object URLs for the images (the caller revokes them with `releaseBriefMap`); null: nobody on the map. */
export async function briefMap(accountId: string, loaded: BriefData, t: TFunction): Promise<BriefMap | null> {
  const handed = takeMapImage(accountId);
  if (loaded.map.people.length === 0) return null;
  const legend = () => exportLegendPng(legendSections((k) => t(k)), 1500, 24);
  if (handed instanceof Blob) return { images: { map: URL.createObjectURL(handed), legend: URL.createObjectURL(await legend()) } };
  if (handed instanceof ExportError) return { note: t(handed.key, handed.params) };
  try {
    const live = takePositions(accountId);
    const off = await offscreenMap(live ? { ...loaded.map, positions: live } : loaded.map, loaded.ranked, BRIEF_MAP_PX);
    try {
      // Map without legend; the legend is drawn separately, large enough to read on paper.
      const png = await exportPng(off.cy, BRIEF_MAP_PX, { header: null, legend: [], background: 'white' });
      return { images: { map: URL.createObjectURL(png.blob), legend: URL.createObjectURL(await legend()) } };
    } finally {
      off.destroy();
    }
  } catch (err) {
    if (err instanceof ExportError) return { note: t(err.key, err.params) };
    throw err;
  }
}

export function releaseBriefMap(map: BriefMap | null): void {
  if (map && 'images' in map) {
    URL.revokeObjectURL(map.images.map);
    URL.revokeObjectURL(map.images.legend);
  }
}
