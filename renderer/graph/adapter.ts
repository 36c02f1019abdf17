// The Cytoscape instance lives here, outside React: React hands it data, it hands back user gestures.
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { AccountMap, Position } from '../../shared/domain/model';
import { mapStyle } from './style';
import { dataDiffers, personData, personElement, relationshipData, relationshipElement } from './elements';
import { FORCE_DRAFT_THRESHOLD } from './layouts/forceLayout';
import { influenceNetworkLayout } from './layouts/influenceNetwork';
import { tuneForSize } from './perf/bigGraph';
import { clipDashedEdges } from './perf/clipDashes';
import { quickFirstStyle } from './perf/firstStyle';
import { ensureLabelFonts } from './labelFonts';
import { boxesOf, freeSpot, newcomerAnchor, nudgeFree, settleAll } from './freeSpot';
import { withSeed } from './layouts/seeded';
import { people } from './guides';
import { setClass, setClassOn } from './setClass';
import { alignTrunks } from './orgTrunks';
import { fitShown, showsView, stretchToViewport, zoomAboutCentre, type View } from './viewport';

cytoscape.use(fcose);

/** Up to this many people the first layout is packed tight, so every label is readable at fit. */
const COMPACT_PEOPLE = 100;

export interface GraphHandlers {
  /** A person was tapped (null: the background was tapped); `additive` with Ctrl, Cmd or Shift held. */
  onSelect(personId: string | null, additive: boolean): void;
  /** The rep dragged nodes (an undo step), or a computed layout is kept (`undoable: false`); positions of every node on the map, to be saved. */
  onPositionsChanged(positions: Position[], options?: { undoable: false }): void;
  /** A person was grabbed: positions of every node before the drag. */
  onGrab?(positions: Position[]): void;
}

export interface SetDataOptions {
  /** Throw away current positions and lay out again (saved positions still win unless `ignoreSaved`). */
  replace?: boolean;
}

export class GraphAdapter {
  private cy: Core | null = null;
  private accountId: string | null = null;
  private selectedId: string | null = null;
  /** Everyone with the focus ring (several with Ctrl/Shift-click); `selectedId` is the last chosen. */
  private selectedIds: readonly string[] = [];
  /** The person last selected: "Add person" clears the selection to open its form, yet the newcomer goes next to them. */
  private anchorId: string | null = null;
  /** Bumped by every layout switch, so a late off-thread result never overwrites the chosen layout. */
  private arrangement = 0;
  /** People outlined as changed since a chosen day (What changed); kept across data changes. */
  private changedIds = new Set<string>();
  /** In the org chart, links other than reports-to are drawn quietly (except the selected person's). */
  private quietNonHierarchy = false;
  /** In the org chart and the rings, labels show the title on one line (their layouts leave room for that). */
  private compactLabels = false;
  /** The view the last fit left (null: none yet); a resize re-fits only a map still showing it. */
  private fitView: View | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly handlers: GraphHandlers) {}

  mount(container: HTMLElement): void {
    this.cy = cytoscape({
      container,
      style: mapStyle(),
      wheelSensitivity: 0.3,
      minZoom: 0.1,
      maxZoom: 4,
      boxSelectionEnabled: false,
      autounselectify: true,
    });
    clipDashedEdges(this.cy);
    quickFirstStyle(this.cy);
    this.cy.on('tap', (evt) => {
      const target = evt.target as Core | NodeSingular;
      const key = evt.originalEvent as MouseEvent | undefined;
      const additive = !!key && (key.ctrlKey || key.metaKey || key.shiftKey);
      if (target === this.cy) {
        if (!additive) this.handlers.onSelect(null, false);
      } else if ((target as NodeSingular).isNode?.()) this.handlers.onSelect((target as NodeSingular).id(), additive);
    });
    this.cy.on('grab', 'node', () => this.handlers.onGrab?.(this.positions()));
    this.cy.on('dragfree', 'node', (evt) => {
      // Dropped onto someone: nudge it to the nearest free spot, so nobody is covered.
      if (this.cy) nudgeFree(this.cy, [evt.target as NodeSingular]);
      this.handlers.onPositionsChanged(this.positions());
      this.emit();
    });
  }

  /** The live instance for features that draw on the map (export, highlights). Null before mount. */
  get instance(): Core | null {
    return this.cy;
  }

  /** Called after every data change or layout, e.g. to refresh overlays or test hooks. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  setData(map: AccountMap, options: SetDataOptions = {}): void {
    const cy = this.cy;
    if (!cy) return;
    const fresh = options.replace === true || map.account.id !== this.accountId;
    this.accountId = map.account.id;
    const saved = new Map(map.positions.map((p) => [p.personId, { x: p.x, y: p.y }]));
    const unplaced: string[] = [];
    if (fresh) cy.elements().remove();
    // Size settings restyle every element and resize the canvas: set them before the new people go in
    // (4 full restyles of a 2,000-person account's 5,500 elements, before; after an import into a small
    // account, a restyle of the 20,000 just added).
    tuneForSize(cy, map.people.length);
    cy.batch(() => {
      const wanted = new Set(map.people.map((p) => p.id));
      people(cy).forEach((n) => {
        if (!wanted.has(n.id())) n.remove();
      });
      // New elements go in with one add (one collection, one style pass), not one add each.
      const added: ElementDefinition[] = [];
      for (const person of map.people) {
        const node = cy.getElementById(person.id);
        if (node.nonempty()) {
          // Only what changed: a data change restyles and redraws its node (2,000 of them on every edit, before).
          const data = personData(person);
          if (dataDiffers(node.data() as Record<string, unknown>, data)) node.data(data);
          setClass(node, 'tdm', person.isTopDecisionMaker);
        } else {
          const pos = saved.get(person.id);
          added.push(personElement(person, pos));
          if (!pos) unplaced.push(person.id);
        }
      }
      if (added.length) cy.add(added);
      added.length = 0;
      const wantedEdges = new Set(map.relationships.map((r) => r.id));
      cy.edges().forEach((e) => {
        if (!wantedEdges.has(e.id())) e.remove();
      });
      for (const rel of map.relationships) {
        const edge = cy.getElementById(rel.id);
        if (edge.nonempty()) {
          const data = relationshipData(rel);
          if (dataDiffers(edge.data() as Record<string, unknown>, data)) edge.data(data);
        }
        else added.push(relationshipElement(rel));
      }
      if (added.length) cy.add(added);
      this.markSelected();
      setClassOn(people(cy), 'changed', this.changedIds);
      this.markQuietEdges();
      this.markCompactLabels();
    });
    void ensureLabelFonts(cy);
    const offThread = unplaced.length > 0 && map.positions.length === 0 && map.people.length > FORCE_DRAFT_THRESHOLD;
    // (placeNearNeighbours is O(n²) for a whole unplaced big account — seconds of freeze — and the worker places everyone anyway.)
    if (unplaced.length > 0 && !offThread) this.placeNearNeighbours(unplaced);
    if (offThread) {
      this.runLayoutOffThread(map, fresh || unplaced.length > 0);
    } else if (unplaced.length > 0 && map.positions.length === 0) {
      // Nothing arranged by the rep yet: lay everyone out, refining current spots unless all are new.
      this.runFcose(unplaced.length === map.people.length, fresh || unplaced.length > 0);
    } else {
      if (fresh) this.fitAll();
      this.emit();
    }
  }

  /** Moves everyone to the given spots (a layout switch) and fits the map; people not listed stay put. */
  /** Moves people to these spots where they stand, keeping the view (an undone or redone drag). */
  placeNodes(positions: readonly Position[]): void {
    const cy = this.cy;
    if (!cy) return;
    const at = new Map(positions.map((p) => [p.personId, { x: p.x, y: p.y }]));
    cy.batch(() => cy.nodes().positions((n) => at.get(n.id()) ?? n.position()));
    this.emit();
  }

  showPositions(positions: Readonly<Record<string, { x: number; y: number }>>): void {
    const cy = this.cy;
    if (!cy) return;
    this.arrangement += 1;
    cy.batch(() => {
      people(cy).positions((n) => positions[n.id()] ?? n.position());
      if (this.quietNonHierarchy) alignTrunks(cy);
    });
    this.fitAll();
    this.emit();
  }

  /** Gives the selected people the focus ring; the last one listed is the person the panel shows. */
  setSelected(personIds: string | null | readonly string[]): void {
    const ids = personIds === null ? [] : typeof personIds === 'string' ? [personIds] : personIds;
    this.selectedIds = ids;
    this.selectedId = ids[ids.length - 1] ?? null;
    if (this.selectedId) this.anchorId = this.selectedId;
    const cy = this.cy;
    if (!cy) return;
    cy.batch(() => {
      this.markSelected();
      this.markQuietEdges();
    });
  }

  /** The people with the focus ring, in the order chosen. */
  selected(): readonly string[] {
    return this.selectedIds;
  }

  private markSelected(): void {
    const cy = this.cy;
    if (!cy) return;
    setClassOn(cy.nodes(), 'selected', new Set(this.selectedIds));
  }

  /** The org chart dims links that are not reports-to, so the hierarchy reads; other layouts show all alike. */
  setQuietNonHierarchy(quiet: boolean): void {
    this.quietNonHierarchy = quiet;
    this.cy?.batch(() => this.markQuietEdges());
  }

  /** Name over a one-line title (the org chart, the rings), or the whole title (other layouts). */
  setCompactLabels(compact: boolean): void {
    this.compactLabels = compact;
    this.cy?.batch(() => this.markCompactLabels());
  }

  private markCompactLabels(): void {
    const cy = this.cy;
    if (cy) people(cy).forEach((n) => setClass(n, 'compact-label', this.compactLabels));
  }

  private markQuietEdges(): void {
    const cy = this.cy;
    if (!cy) return;
    const selected = this.selectedId;
    cy.edges().forEach((e) => {
      const trunk = e.data('type') === 'reports-to';
      const quiet = this.quietNonHierarchy && !trunk && e.data('source') !== selected && e.data('target') !== selected;
      if (e.hasClass('org-quiet') !== quiet) e.toggleClass('org-quiet', quiet);
      if (e.hasClass('org-trunk') !== (this.quietNonHierarchy && trunk)) e.toggleClass('org-trunk', this.quietNonHierarchy && trunk);
      if (e.hasClass('org-side') !== (this.quietNonHierarchy && !trunk)) e.toggleClass('org-side', this.quietNonHierarchy && !trunk);
    });
    if (this.quietNonHierarchy) alignTrunks(cy);
  }

  /** Outlines the people who changed since a chosen day; an empty list clears the outline. */
  highlightChanged(ids: readonly string[]): void {
    this.changedIds = new Set(ids);
    const cy = this.cy;
    if (!cy) return;
    cy.batch(() => {
      setClassOn(people(cy), 'changed', this.changedIds);
    });
  }

  /** The past (time travel) is read-only: nodes cannot be dragged, so nothing is saved. */
  setReadOnly(readOnly: boolean): void {
    this.cy?.autoungrabify(readOnly);
  }

  fit(): void {
    this.fitAll();
  }

  private fitAll(): void {
    if (this.cy) this.fitView = fitShown(this.cy) ?? this.fitView;
  }

  zoomBy(factor: number): void {
    if (this.cy) zoomAboutCentre(this.cy, factor);
  }

  positions(): Position[] {
    if (!this.cy) return [];
    return people(this.cy).map((n) => ({ personId: n.id(), x: Math.round(n.position('x') * 10) / 10, y: Math.round(n.position('y') * 10) / 10 }));
  }

  /**
   * The container changed size (a wide panel, the legend, a banner). A map still at its fit is fitted
   * again, so nobody ends up under the panel; one the rep has zoomed or panned keeps their view.
   */
  resize(): void {
    const cy = this.cy;
    if (!cy) return;
    const atFit = showsView(cy, this.fitView);
    cy.resize();
    if (atFit) this.fitAll();
  }

  destroy(): void {
    this.cy?.destroy();
    this.cy = null;
    this.accountId = null;
    this.listeners.clear();
  }

  private runFcose(randomize: boolean, fit: boolean): void {
    const cy = this.cy;
    if (!cy) return;
    const compact = people(cy).length <= COMPACT_PEOPLE;
    const layout = people(cy).union(cy.edges()).layout({
      name: 'fcose',
      animate: false,
      randomize,
      // Refining existing spots needs the 'proof' pass; labels count as part of a node so they don't overlap.
      quality: randomize ? 'default' : 'proof',
      nodeDimensionsIncludeLabels: true,
      fit: false,
      nodeSeparation: compact ? 20 : 60,
      idealEdgeLength: () => (compact ? 25 : 70),
      nodeRepulsion: () => (compact ? 1000 : 4500),
      padding: 40,
    } as cytoscape.LayoutOptions);
    layout.one('layoutstop', () => {
      if (randomize) stretchToViewport(cy);
      settleAll(cy);
      if (fit) this.fitAll();
      this.emit();
      // Labels measure wider once the label fonts are in: settle again then (only the rep's first view).
      void ensureLabelFonts(cy).then(() => {
        if (this.cy !== cy) return;
        settleAll(cy);
        if (fit) this.fitAll();
        this.emit();
      });
    });
    // Seeded: an account not yet arranged opens the same way every time.
    withSeed(1, () => layout.run());
  }

  /**
   * Big accounts: fcose here would freeze the window for ~30 s at 2,000 people (renderer/README.md), so the
   * layout engine runs it in a Web Worker; the result is saved so the next open skips the layout.
   */
  private runLayoutOffThread(map: AccountMap, fit: boolean): void {
    const cy = this.cy;
    if (!cy) return;
    const accountId = map.account.id;
    const arrangement = this.arrangement;
    const sizes = new Map(people(cy).map((n) => [n.id(), n.data('size') as number]));
    influenceNetworkLayout({ people: map.people, relationships: map.relationships, sizes })
      .then((positions) => {
        // The rep moved on meanwhile (another account, or another layout chosen): drop the result.
        if (this.cy !== cy || this.accountId !== accountId || this.arrangement !== arrangement) return;
        cy.batch(() => people(cy).positions((n) => positions[n.id()] ?? n.position()));
        if (fit) this.fitAll();
        this.handlers.onPositionsChanged(this.positions(), { undoable: false });
        this.emit();
      })
      .catch(() => this.runFcose(true, fit));
  }

  /**
   * New people on a laid-out map go in free space next to their anchor (freeSpot.ts `newcomerAnchor`:
   * their links, the org chart's group without a manager, the selected person, the centre) — never on top of anyone.
   */
  private placeNearNeighbours(ids: string[]): void {
    const cy = this.cy;
    if (!cy || ids.length === 0) return;
    const waiting = new Set(ids);
    const others = boxesOf(people(cy).filter((n) => !waiting.has(n.id())));
    for (const id of ids) {
      const node = cy.getElementById(id);
      node.position(freeSpot(node, newcomerAnchor(cy, node, { waiting, selectedId: this.selectedId ?? this.anchorId, orgChart: this.quietNonHierarchy }), others));
      waiting.delete(id);
      others.push(node.boundingBox({ includeLabels: true, includeOverlays: false }));
    }
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }
}
