package dk.evalsite.render;

import java.util.List;

/** The fact box figure's rows. docs/theme-model.md documents every field. */
record FactboxContent(List<FactView> facts) implements FigureContent {}
