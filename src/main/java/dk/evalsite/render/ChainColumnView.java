package dk.evalsite.render;

import java.util.List;

/** One column of the effect chain. docs/theme-model.md documents every field. */
record ChainColumnView(String id, String title, List<String> items) {}
