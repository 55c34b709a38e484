package dk.evalsite.render;

/** One level of the implementation score scale. docs/theme-model.md documents every field. */
record ScaleLevelView(String score, String meaning) {}
