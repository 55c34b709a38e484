package dk.evalsite.render;

/**
 * On an index card, the other evaluation of the same project: {@code text} says which ("Midterm
 * evaluation:", "Superseded by the final evaluation:"), then the linked title, marked {@code lang}
 * when in another language than the card. docs/theme-model.md documents every field.
 */
record ProjectLinkView(String text, String url, String title, @Nullable String lang) {}
