package dk.evalsite.render;

/** One learning point with its printed label. docs/theme-model.md documents every field. */
record LearningPointView(String label, String title, String text) {}
