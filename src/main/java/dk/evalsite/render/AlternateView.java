package dk.evalsite.render;

/**
 * One {@code <link rel="alternate" hreflang>} of a page that has a twin: the page itself, its twin
 * and {@code x-default} (the twin in the site's language). docs/theme-model.md documents every
 * field.
 */
record AlternateView(String hreflang, String href) {}
