package dk.evalsite.render;

import java.util.List;

/**
 * A final evaluation compared with its project's midterm, on the final's landing page: the midterm
 * linked, the three verdicts then and now, goal tables per region and goal kind, budget and time
 * use, and the survey when both have one. Every value arrives formatted. docs/theme-model.md
 * documents every field.
 */
record CompareView(
    String title,
    String lead,
    String midtermTitle,
    String midtermUrl,
    @Nullable String midtermLang,
    String thenHead,
    String nowHead,
    String changeHead,
    CompareTableView verdicts,
    List<CompareTableView> tables) {}
