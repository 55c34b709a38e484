package dk.evalsite.render;

import java.util.List;

/**
 * Bilag A, from scoring.yaml: the rules and band tables that computed the lights.
 * docs/theme-model.md documents every field.
 */
record AppendixView(
    String meanRule,
    List<String> parameters,
    List<ScaleLevelView> scale,
    List<BandRangeView> implementationBands,
    String attainmentRule,
    String effectTargetRule,
    List<AttainmentBandView> attainmentBands,
    List<EffectLightView> effectLights) {}
