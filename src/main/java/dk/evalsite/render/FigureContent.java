package dk.evalsite.render;

/** The table or list a figure shows, one record per figure kind. */
sealed interface FigureContent
    permits FactboxContent,
        EffectChainContent,
        ImplementationContent,
        OverviewContent,
        GoalsContent,
        BudgetContent,
        SurveyContent,
        LearningPointsContent {}
