/**
 * The Jakarta Bean Validation constraint annotation carried by the model
 * ({@link org.mspsdk.constraint.ValidSafeguardingRecord}). It is a package of its own so that the model can
 * carry the annotation without depending on the validation package, which depends on the model. It needs the
 * optional {@code jakarta.validation-api} only when someone reads the annotation; without the API on the
 * class path the JVM ignores it.
 */
package org.mspsdk.constraint;
