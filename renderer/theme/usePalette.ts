// The map palette of the theme on screen, for the legend and other swatches drawn in React.
import { paletteFor, type MapPalette } from '../graph/palette';
import { useTheme } from './store';

export function usePalette(): MapPalette {
  return paletteFor(useTheme((s) => s.theme));
}
