// The brief's map picture taken from the live map, when the live map shows what the brief shows: the
// account today (not a past day, not a what-if scenario) with nobody filtered out. Otherwise null,
// and the brief draws its own map offscreen. The export takes off the screen's temporary marks and
// draws the light palette, as the brief's own map would. A map too thin to draw (exportShape.ts) is
// handed over as that refusal: the brief's own map has the same positions and shape, and building it
// would only cost seconds to be refused too.
import type { Core } from 'cytoscape';
import { exportPng, isShapeRefusal, type ExportError } from '../../graph/exportPng';
import { BRIEF_MAP_PX } from '../brief/briefMap';
import { people } from '../../graph/guides';
import { selectReadOnly, useTimeTravel } from '../timetravel/store';

export async function briefMapFromLive(cy: Core | null, asOf: string | null): Promise<Blob | ExportError | null> {
  if (!cy || asOf !== null || selectReadOnly(useTimeTravel.getState())) return null;
  const everyone = people(cy);
  if (everyone.empty() || everyone.filter('.hl-hidden').nonempty()) return null;
  try {
    return (await exportPng(cy, BRIEF_MAP_PX, { header: null, legend: [], background: 'white' })).blob;
  } catch (err) {
    if (isShapeRefusal(err)) return err;
    return null; // the brief's own map will say what went wrong
  }
}
