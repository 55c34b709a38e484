package dk.evalsite.render;

/**
 * One survey item: text, top-2 count, respondents and share. docs/theme-model.md documents every
 * field.
 */
record SurveyRowView(String text, String count, String n, String percent) {}
