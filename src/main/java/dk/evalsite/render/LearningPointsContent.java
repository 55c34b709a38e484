package dk.evalsite.render;

import java.util.List;

/** The numbered learning points. docs/theme-model.md documents every field. */
record LearningPointsContent(List<LearningPointView> points) implements FigureContent {}
