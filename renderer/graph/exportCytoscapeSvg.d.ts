// cytoscape-svg ships no types; it is a standard Cytoscape extension adding cy.svg(options): string.
declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';
  const svg: Ext;
  export default svg;
}
