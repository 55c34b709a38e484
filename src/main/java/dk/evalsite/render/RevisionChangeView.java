package dk.evalsite.render;

/**
 * A printed figure or light one revision changed: where it is ("B3, Region Sjælland, målopnåelse")
 * and its value before and after, as the site printed them ("40 %", "70 %"; "–" when it had none).
 * See docs/theme-model.md.
 */
record RevisionChangeView(String label, String old, String now) {}
