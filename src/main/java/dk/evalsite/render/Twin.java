package dk.evalsite.render;

/**
 * The same report or page in another language: its slug (a report) or page path (a page), its
 * language and its title. What a page shows of its twin, so a change to it renders the page again.
 */
public record Twin(String id, String language, String title) {}
