package dk.evalsite.render;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a view field that may be null: the only fields a template may test with {@code ??} or
 * default with {@code !}. docs/theme-model.md lists them as "or null".
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
@interface Nullable {}
