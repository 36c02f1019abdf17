// Commands: their labels (the palette, the shortcuts list, menus), the palette and the shortcuts dialog.
export default {
  command: {
    mapFocus: '{{name}}, {{title}} — Enter opens, Delete deletes, Escape clears',
    mapHint: 'Arrow keys move between people; Enter opens the person.',
    person: { add: 'Add person', open: 'Open the focused person', delete: 'Delete person…' },
    map: { clear: 'Clear the focus and selection' },
    edit: { undo: 'Undo', redo: 'Redo' },
    visit: { log: 'Log a visit' },
    view: {
      zoomIn: 'Zoom in',
      zoomOut: 'Zoom out',
      fit: 'Fit map to window',
      legend: 'Show or fold the legend',
      layout: { saved: 'Layout: my arrangement', 'org-chart': 'Layout: org chart', 'influence-network': 'Layout: influence network', rings: 'Layout: rings by rank' },
    },
    search: { focus: 'Find a person' },
    export: { png: 'Export image, brief or account file…' },
    palette: { open: 'Command palette', title: 'Commands', placeholder: 'Type a command…', none: 'No command matches.' },
    help: { shortcuts: 'Keyboard shortcuts' },
    unsaved: {
      title: 'Unsaved changes to {{name}}',
      titleNew: 'Unsaved new person',
      body: 'Save them before you leave this form?',
      stay: 'Keep editing',
      discard: 'Discard changes',
      save: 'Save and continue',
    },
    group: { person: 'People', view: 'View', app: 'App' },
    shortcuts: {
      title: 'Keyboard shortcuts',
      moveOnMap: 'Move into the map, then to the nearest person in a direction',
      onMap: 'on the map',
      notInFields: 'Single keys do nothing while you type in a field.',
      close: 'Close',
    },
  },
};
