package dk.evalsite.render;

import java.util.List;

/**
 * One facet on the facet overview: its id (the anchor), its name and its values (empty when no
 * report gives one). docs/theme-model.md documents every field.
 */
record FacetListView(String id, String title, List<FacetValueView> values) {}
