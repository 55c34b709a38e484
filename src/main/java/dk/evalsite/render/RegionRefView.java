package dk.evalsite.render;

/** The region a figure is about. docs/theme-model.md documents every field. */
record RegionRefView(String id, String name) {}
