/**
 * The root of the MSP SDK: Making Safeguarding Personal outcome recording for adult safeguarding in England.
 *
 * <p>The SDK gives care record systems, integrators and researchers one vocabulary ({@code vocabulary}), one
 * domain model ({@code model}, {@code instrument}), one set of rules ({@code validation}) and one arithmetic
 * ({@code returns}) for the Safeguarding Adults Collection (SAC) and the MSP measures. This package holds only
 * {@link org.mspsdk.MspException}, the single exception type every module throws.
 */
package org.mspsdk;
