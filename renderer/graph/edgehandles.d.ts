// cytoscape-edgehandles 4 ships no types; it is a standard Cytoscape extension (its API: features/mapedit/connectGesture.ts).
declare module 'cytoscape-edgehandles' {
  import type { Ext } from 'cytoscape';
  const edgehandles: Ext;
  export default edgehandles;
}
