package dk.evalsite.render;

import java.util.List;

/**
 * The effect chain figure: activities, outputs and effects. docs/theme-model.md documents every
 * field.
 */
record EffectChainContent(List<ChainColumnView> columns) implements FigureContent {}
