package dk.evalsite.render;

/** One page of the site index in its pager. docs/theme-model.md documents every field. */
record IndexPageLinkView(String number, String url, boolean current) {}
